/**
 * A traced chain shown alone: the layered layout of just those items and their prerequisites,
 * shaped to the canvas: running down it when the canvas is taller than wide (a phone), across it
 * otherwise, and spread out across the other direction until it has the canvas's proportions, so
 * the chain fills the canvas and its labels have room. Pure.
 */
import type { Graph } from '../domain/graph.ts';
import type { Point } from '../store/view-options.ts';
import { layeredLayout } from './layered-layout.ts';

/** `aspect`: the canvas's width divided by its height. */
export function chainLayout(graph: Graph, ids: ReadonlySet<string>, aspect = 1.5): Record<string, Point> {
  const layered = layeredLayout({
    nodes: graph.nodes.filter((n) => ids.has(n.id)),
    edges: graph.edges.filter((e) => e.kind === 'requires' && ids.has(e.source) && ids.has(e.target)),
  });
  const down = aspect < 1;
  const turned = Object.entries(layered).map(([id, p]) => [id, down ? { x: p.y, y: p.x } : p] as const);
  if (turned.length < 2) return Object.fromEntries(turned);
  const xs = turned.map(([, p]) => p.x);
  const ys = turned.map(([, p]) => p.y);
  const width = Math.max(...xs) - Math.min(...xs);
  const height = Math.max(...ys) - Math.min(...ys);
  // Spread the narrow direction (never squeeze): rows apart across a wide canvas, columns on a tall one.
  const sx = down && width > 0 ? Math.max(1, (height * aspect) / width) : 1;
  const sy = !down && height > 0 ? Math.max(1, width / aspect / height) : 1;
  return Object.fromEntries(turned.map(([id, p]) => [id, { x: Math.round(p.x * sx), y: Math.round(p.y * sy) }]));
}
