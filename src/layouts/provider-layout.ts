/**
 * The provider layout, computed directly: AWS, Azure and Google Cloud side by side, one row per
 * capability (grouped by area), so a service and its counterparts sit on the same row. Items
 * outside the clouds fill a block by tier to the left.
 */
import type { Graph } from '../domain/graph.ts';
import { AREAS, PROVIDERS, type ProviderId } from '../domain/vocabulary.ts';
import type { Point } from '../store/view-options.ts';
import { isDrawn } from '../encoding/drawn-nodes.ts';

const ROW = 84;
const COLUMN = 170;
const CAPABILITY_X = 0;
const FIRST_PROVIDER_X = 260;
const PROVIDER_WIDTH = 3 * COLUMN + 80;

export function providerLayout(graph: Graph): Record<string, Point> {
  const positions: Record<string, Point> = {};
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const capabilities = graph.nodes
    .filter((n) => n.kind === 'capability')
    .sort(
      (a, b) =>
        AREAS.indexOf(a.area ?? 'operations') - AREAS.indexOf(b.area ?? 'operations') || a.label.localeCompare(b.label),
    );
  const row = new Map(capabilities.map((c, i) => [c.id, i]));
  capabilities.forEach((c, i) => (positions[c.id] = { x: CAPABILITY_X, y: i * ROW }));

  // Each service goes on the row of its first capability, next to the others of its provider there.
  const used = new Map<string, number>(); // `${provider}:${row}` → services placed
  const services = graph.nodes.filter((n) => n.kind === 'service' && n.provider);
  const primaryRow = (id: string) => {
    const rows = graph.edges
      .filter((e) => e.kind === 'implements' && e.source === id)
      .map((e) => row.get(e.target) ?? Infinity);
    return rows.reduce((min, r) => Math.min(min, r), capabilities.length);
  };
  for (const service of services.sort((a, b) => a.label.localeCompare(b.label))) {
    const provider = service.provider as ProviderId;
    const r = primaryRow(service.id);
    const key = `${provider}:${r}`;
    const slot = used.get(key) ?? 0;
    used.set(key, slot + 1);
    const column = FIRST_PROVIDER_X + PROVIDERS.indexOf(provider) * PROVIDER_WIDTH;
    positions[service.id] = { x: column + slot * COLUMN, y: r * ROW + (slot >= 3 ? ROW / 2 : 0) };
  }
  for (const provider of PROVIDERS) {
    if (byId.has(provider))
      positions[provider] = {
        x: FIRST_PROVIDER_X + PROVIDERS.indexOf(provider) * PROVIDER_WIDTH + COLUMN,
        y: -2.2 * ROW,
      };
  }

  // Everything else: a block per tier to the left of the clouds, in rows of 8.
  // Own properties only: a node called "constructor" is not Object.prototype's.
  const rest = graph.nodes.filter((n) => isDrawn(n) && !Object.hasOwn(positions, n.id));
  const perRow = 8;
  let y = 0;
  for (const tier of [1, 2, 3, undefined]) {
    const block = rest.filter((n) => n.tier === tier).sort((a, b) => a.label.localeCompare(b.label));
    block.forEach((node, i) => {
      positions[node.id] = { x: -(perRow - (i % perRow)) * 130 - 160, y: y + Math.floor(i / perRow) * 70 };
    });
    y += Math.ceil(block.length / perRow) * 70 + 90;
  }
  return positions;
}
