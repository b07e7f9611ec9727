export function PathFinder() {
  return null;
}
