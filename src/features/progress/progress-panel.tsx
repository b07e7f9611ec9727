export function ProgressPanel() {
  return null;
}
