/**
 * Outlines of Cytoscape's node shapes in unit coordinates (-1…1, y down), ported from how
 * Cytoscape builds them, so the legend's little drawings match the canvas.
 */
export type Outline =
  | { type: 'ellipse' }
  | { type: 'rect'; rounded: boolean }
  | { type: 'polygon'; points: number[]; rounded: boolean }
  | { type: 'path'; d: string };

/** Regular n-gon on the unit circle; odd ones point up, even ones have a flat top (as in Cytoscape). */
function ngon(sides: number, rotation = 0): number[] {
  const step = (2 * Math.PI) / sides;
  const start = (sides % 2 === 0 ? Math.PI / 2 + step / 2 : Math.PI / 2) + rotation;
  return Array.from({ length: sides }, (_, i) => [Math.cos(start + i * step), Math.sin(-(start + i * step))]).flat();
}

/** Stretches a polygon to fill the square, top edge at -1: nodes are drawn to their full box. */
function fitToSquare(points: number[]): number[] {
  const xs = points.filter((_, i) => i % 2 === 0);
  const ys = points.filter((_, i) => i % 2 === 1);
  const sx = 2 / (Math.max(...xs) - Math.min(...xs));
  const sy = 2 / (Math.max(...ys) - Math.min(...ys));
  const shift = Math.min(0, Math.min(...ys) * sy + 1);
  return points.map((v, i) => (i % 2 === 0 ? v * sx : v * sy - shift));
}

function star(): number[] {
  const outer = ngon(5);
  const innerRadius = 0.5 * (3 - Math.sqrt(5)) * 1.57;
  const inner = ngon(5, Math.PI / 5).map((v) => v * innerRadius);
  const points: number[] = [];
  for (let i = 0; i < 5; i++) points.push(outer[2 * i]!, outer[2 * i + 1]!, inner[2 * i]!, inner[2 * i + 1]!);
  return fitToSquare(points);
}

const polygon = (points: number[], rounded = false): Outline => ({ type: 'polygon', points, rounded });

const OUTLINES: Record<string, Outline> = {
  ellipse: { type: 'ellipse' },
  rectangle: { type: 'rect', rounded: false },
  'round-rectangle': { type: 'rect', rounded: true },
  diamond: polygon([0, 1, 1, 0, 0, -1, -1, 0]),
  hexagon: polygon(fitToSquare(ngon(6))),
  octagon: polygon(fitToSquare(ngon(8))),
  'round-pentagon': polygon(fitToSquare(ngon(5)), true),
  'round-triangle': polygon(fitToSquare(ngon(3)), true),
  rhomboid: polygon([-1, -1, 0.333, -1, 1, 1, -0.333, 1]),
  'round-tag': polygon([-1, -1, 0.25, -1, 1, 0, 0.25, 1, -1, 1], true),
  star: polygon(star()),
  // A box whose corners curve in, like a cask on its side.
  barrel: {
    type: 'path',
    d: 'M -1 -0.75 Q -0.9 -1 -0.5 -1 L 0.5 -1 Q 0.9 -1 1 -0.75 L 1 0.75 Q 0.9 1 0.5 1 L -0.5 1 Q -0.9 1 -1 0.75 Z',
  },
};

export const hasOutline = (shape: string) => shape in OUTLINES;

/** The outline of a Cytoscape shape; an unknown one falls back to the default ellipse. */
export const outlineOf = (shape: string): Outline => OUTLINES[shape] ?? { type: 'ellipse' };

/** "round-rectangle" → "rounded rectangle", for the words next to the drawing. */
export const shapeName = (shape: string) => shape.replace(/^round-/, 'rounded ').replace(/-/g, ' ');
