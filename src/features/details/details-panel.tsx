export function DetailsPanel() { return null; }
