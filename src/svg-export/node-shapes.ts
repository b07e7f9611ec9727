/** Node outlines as Cytoscape draws them: ellipses, (round) rectangles and unit polygons. */
import type { NodeSingular } from 'cytoscape';
import { el, fmt, num, str, type AttrValue } from './svg-markup.ts';

export type Unit = readonly (readonly [number, number])[];

/** [x1, y1, x2, y2, …] as points, the way Cytoscape writes its shapes. */
export const pairs = (flat: readonly number[]): Unit =>
  Array.from({ length: flat.length / 2 }, (_, i) => [flat[2 * i]!, flat[2 * i + 1]!] as const);

/** A regular polygon of `sides` on the unit circle, as Cytoscape builds it (flat bottom). */
function ngon(sides: number, rotation = 0): [number, number][] {
  const step = (2 * Math.PI) / sides;
  const start = (sides % 2 === 0 ? Math.PI / 2 + step / 2 : Math.PI / 2) + rotation;
  return Array.from({ length: sides }, (_, i) => {
    const angle = start + i * step;
    return [Math.cos(angle), Math.sin(-angle)] as [number, number];
  });
}

/** Stretched to fill the square from -1 to 1 on both axes, as Cytoscape fits its shapes. */
function fitToSquare(points: [number, number][]): Unit {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const sx = 2 / (maxX - minX);
  const sy = 2 / (maxY - minY);
  return points.map(([x, y]) => [(x - minX) * sx - 1, (y - minY) * sy - 1] as const);
}

function star(): Unit {
  const inner = 0.5 * (3 - Math.sqrt(5)) * 1.57;
  const outer = ngon(5);
  const within = ngon(5, Math.PI / 5);
  return fitToSquare(outer.flatMap((p, i) => [p, [within[i]![0] * inner, within[i]![1] * inner] as [number, number]]));
}

/** Unit polygons (y down) for the node shapes that are neither ellipses nor rectangles. */
const POLYGONS: Record<string, Unit> = {
  triangle: fitToSquare(ngon(3)),
  diamond: pairs([0, 1, 1, 0, 0, -1, -1, 0]),
  pentagon: fitToSquare(ngon(5)),
  hexagon: fitToSquare(ngon(6)),
  heptagon: fitToSquare(ngon(7)),
  octagon: fitToSquare(ngon(8)),
  star: star(),
  vee: pairs([-1, -1, 0, -0.333, 1, -1, 0, 1]),
  rhomboid: pairs([-1, -1, 0.333, -1, 1, 1, -0.333, 1]),
  'right-rhomboid': pairs([-0.333, -1, 1, -1, 0.333, 1, -1, 1]),
  'concave-hexagon': pairs([-1, -0.95, -0.75, 0, -1, 0.95, 1, 0.95, 0.75, 0, 1, -0.95]),
  tag: pairs([-1, -1, 0.25, -1, 1, 0, 0.25, 1, -1, 1]),
};

const ROUNDED_RECTANGLES = new Set([
  'round-rectangle',
  'roundrectangle',
  'barrel',
  'bottom-round-rectangle',
  'bottomroundrectangle',
]);

type Outline = { kind: 'ellipse' } | { kind: 'rect'; rounded: boolean } | { kind: 'polygon'; points: Unit };

/** How a Cytoscape shape is drawn here: round polygons lose their rounding, the rest are rectangles. */
function outlineOf(shape: string): Outline {
  if (shape === 'ellipse') return { kind: 'ellipse' };
  const points = POLYGONS[shape] ?? POLYGONS[shape.replace(/^round-/, '')];
  if (points) return { kind: 'polygon', points };
  return { kind: 'rect', rounded: ROUNDED_RECTANGLES.has(shape) };
}

/** Cytoscape's corner radius for round rectangles. */
export const cornerRadius = (w: number, h: number) => Math.min(w / 4, h / 4, 8);

export interface NodeGeometry {
  x: number;
  y: number;
  w: number;
  h: number;
  border: number;
  outline: Outline;
}

export function geometry(node: NodeSingular): NodeGeometry {
  const { x, y } = node.position();
  return {
    x,
    y,
    w: node.width(),
    h: node.height(),
    border: num(node, 'border-width'),
    outline: outlineOf(str(node, 'shape')),
  };
}

function polygonPoints(g: NodeGeometry, points: Unit): string {
  return points.map(([px, py]) => `${fmt(g.x + (px * g.w) / 2)},${fmt(g.y + (py * g.h) / 2)}`).join(' ');
}

/** The SVG element for a node's outline, with the given paint. */
export function shapeElement(g: NodeGeometry, paint: Record<string, AttrValue>): string {
  switch (g.outline.kind) {
    case 'ellipse':
      return el('ellipse', { cx: g.x, cy: g.y, rx: g.w / 2, ry: g.h / 2, ...paint });
    case 'polygon':
      return el('polygon', { points: polygonPoints(g, g.outline.points), ...paint });
    case 'rect':
      return el('rect', {
        x: g.x - g.w / 2,
        y: g.y - g.h / 2,
        width: g.w,
        height: g.h,
        rx: g.outline.rounded ? cornerRadius(g.w, g.h) : undefined,
        ...paint,
      });
  }
}

/**
 * How far from the centre, along the unit direction (ux, uy), the node's outline (border
 * included) lies: where an edge meets the node.
 */
export function reach(g: NodeGeometry, ux: number, uy: number): number {
  const hw = g.w / 2 + g.border / 2;
  const hh = g.h / 2 + g.border / 2;
  if (hw <= 0 || hh <= 0) return 0;
  if (g.outline.kind === 'ellipse') return 1 / Math.hypot(ux / hw, uy / hh);
  const rectangle = Math.min(ux === 0 ? Infinity : hw / Math.abs(ux), uy === 0 ? Infinity : hh / Math.abs(uy));
  if (g.outline.kind === 'rect') return rectangle;
  // The farthest crossing of the ray with the polygon's sides (all our shapes are star-shaped).
  const points = g.outline.points;
  let best = 0;
  for (let i = 0; i < points.length; i++) {
    const [ax, ay] = points[i]!;
    const [bx, by] = points[(i + 1) % points.length]!;
    const [x1, y1, x2, y2] = [ax * hw, ay * hh, bx * hw, by * hh];
    const ex = x2 - x1;
    const ey = y2 - y1;
    const denominator = ux * ey - uy * ex;
    if (Math.abs(denominator) < 1e-12) continue;
    const t = (x1 * ey - y1 * ex) / denominator;
    const s = (x1 * uy - y1 * ux) / denominator;
    if (t > 0 && s >= -1e-9 && s <= 1 + 1e-9) best = Math.max(best, t);
  }
  return best > 0 ? best : rectangle;
}
