export function TraceBar() {
  return null;
}
