export function OutlinePanel() { return null; }
