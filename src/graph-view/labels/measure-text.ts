/**
 * Text widths as the canvas will draw them: the same font string Cytoscape builds, measured by a
 * 2D context. Cached per font and text, since the same labels are measured at every settle.
 */
export const LABEL_FONT_FAMILY = 'Inter, system-ui, sans-serif';

let context: CanvasRenderingContext2D | null | undefined;
const cache = new Map<string, number>();

export function measureText(text: string, px: number, bold: boolean): number {
  const font = `normal ${bold ? 'bold' : 'normal'} ${px}px ${LABEL_FONT_FAMILY}`;
  const key = `${font}|${text}`;
  const known = cache.get(key);
  if (known !== undefined) return known;
  if (context === undefined) context = document.createElement('canvas').getContext('2d');
  let width = text.length * px * 0.6; // no 2D context (tests without canvas): a fair estimate
  if (context) {
    context.font = font;
    const measured = context.measureText(text).width;
    if (Number.isFinite(measured) && measured > 0) width = Math.ceil(measured);
  }
  if (cache.size > 20_000) cache.clear();
  cache.set(key, width);
  return width;
}
