/** Edges: straight lines between node outlines (loops as arcs), with Cytoscape's arrowheads. */
import type { EdgeSingular } from 'cytoscape';
import { pairs, reach, type NodeGeometry, type Unit } from './node-shapes.ts';
import { dashes, el, fmt, num, opacity, str, type Point } from './svg-markup.ts';

/** Cytoscape's arrow shapes: x across the edge, y along it, tip at the origin, body at y < 0. */
const ARROWS: Record<string, Unit> = {
  triangle: pairs([-0.15, -0.3, 0, 0, 0.15, -0.3]),
  vee: pairs([-0.15, -0.3, 0, 0, 0.15, -0.3, 0, -0.15]),
  diamond: pairs([-0.15, -0.15, 0, -0.3, 0.15, -0.15, 0, 0]),
  square: pairs([-0.15, 0, 0.15, 0, 0.15, -0.3, -0.15, -0.3]),
  tee: pairs([-0.15, 0, -0.15, -0.1, 0.15, -0.1, 0.15, 0]),
  chevron: pairs([0, 0, -0.15, -0.15, -0.1, -0.2, 0, -0.1, 0.1, -0.2, 0.15, -0.15]),
};

/** The arrowhead with its tip at `tip`, pointing along the unit direction (fx, fy). */
function arrowPolygon(shape: string, tip: Point, fx: number, fy: number, size: number, fill: string): string {
  const points = ARROWS[shape] ?? ARROWS.triangle!;
  // Across the edge: the direction turned a quarter.
  const [nx, ny] = [-fy, fx];
  const text = points
    .map(([a, b]) => `${fmt(tip.x + size * (a * nx + b * fx))},${fmt(tip.y + size * (a * ny + b * fy))}`)
    .join(' ');
  return el('polygon', { points: text, fill });
}

/** An edge as a group of its line and arrowheads; '' when its ends coincide. */
export function drawEdge(edge: EdgeSingular, source: NodeGeometry, target: NodeGeometry): string {
  const width = num(edge, 'width', 1);
  const colour = str(edge, 'line-color');
  const alpha = edge.effectiveOpacity() * num(edge, 'line-opacity', 1);
  const stroke = {
    stroke: colour,
    'stroke-width': width,
    'stroke-dasharray': dashes(str(edge, 'line-style'), width, [6, 3]),
    fill: 'none',
  };
  if (edge.source().same(edge.target())) {
    // A loop: a small arc over the node's top.
    const top = source.y - source.h / 2;
    const spread = source.w / 4;
    const lift = Math.max(source.h, 20);
    const d = `M${fmt(source.x - spread)},${fmt(top)} C${fmt(source.x - spread - lift / 2)},${fmt(top - lift)} ${fmt(source.x + spread + lift / 2)},${fmt(top - lift)} ${fmt(source.x + spread)},${fmt(top)}`;
    return el('g', { class: 'edge', opacity: opacity(alpha) }, el('path', { d, ...stroke }));
  }
  const dx = target.x - source.x;
  const dy = target.y - source.y;
  const length = Math.hypot(dx, dy);
  if (length < 1e-6) return '';
  const [ux, uy] = [dx / length, dy / length];
  const fromSource = reach(source, ux, uy);
  const fromTarget = reach(target, -ux, -uy);
  // Overlapping nodes: centre to centre, under them.
  const clipped = fromSource + fromTarget < length;
  const start = clipped ? { x: source.x + ux * fromSource, y: source.y + uy * fromSource } : source;
  const end = clipped ? { x: target.x - ux * fromTarget, y: target.y - uy * fromTarget } : target;
  const parts = [el('line', { x1: start.x, y1: start.y, x2: end.x, y2: end.y, ...stroke })];
  const size = Math.max(Math.pow(width * 13.37, 0.9), 29) * num(edge, 'arrow-scale', 1);
  // Halfway arrows (the large-graph style's highlighted edges) have their tip at the middle.
  const middle = { x: (start.x + end.x) / 2, y: (start.y + end.y) / 2 };
  for (const [at, tip, fx, fy] of [
    ['source', start, -ux, -uy],
    ['target', end, ux, uy],
    ['mid-source', middle, -ux, -uy],
    ['mid-target', middle, ux, uy],
  ] as const) {
    const shape = str(edge, `${at}-arrow-shape`);
    if (!shape || shape === 'none') continue;
    parts.push(arrowPolygon(shape, tip, fx, fy, size, str(edge, `${at}-arrow-color`) || colour));
  }
  return el('g', { class: 'edge', opacity: opacity(alpha) }, parts.join(''));
}
