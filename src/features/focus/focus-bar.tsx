export function FocusBar() { return null; }
