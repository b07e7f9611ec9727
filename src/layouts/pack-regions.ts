/**
 * Puts laid-out regions side by side in rows (shelf packing), in the order given, so the whole map
 * comes out about as wide as `aspect` times its height. Pure.
 */
export interface Block {
  id: string;
  w: number;
  h: number;
}

export function packRegions(
  blocks: readonly Block[],
  gap: number,
  aspect = 1.3,
): Map<string, { x: number; y: number }> {
  const area = blocks.reduce((sum, b) => sum + (b.w + gap) * (b.h + gap), 0);
  const widest = Math.max(0, ...blocks.map((b) => b.w));
  const rowWidth = Math.max(widest, Math.sqrt(area * aspect));
  const offsets = new Map<string, { x: number; y: number }>();
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  for (const b of blocks) {
    if (x > 0 && x + b.w > rowWidth) {
      x = 0;
      y += rowHeight + gap;
      rowHeight = 0;
    }
    offsets.set(b.id, { x, y });
    x += b.w + gap;
    rowHeight = Math.max(rowHeight, b.h);
  }
  return offsets;
}
