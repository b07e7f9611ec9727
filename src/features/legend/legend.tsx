export function Legend() { return null; }
