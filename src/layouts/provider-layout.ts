/**
 * The provider layout, computed directly: AWS, Azure and Google Cloud side by side, one row per
 * capability (grouped by area), so a service and its counterparts sit on the same row and the
 * capability's name (the capability node, at the row's left) reads across it. A provider with
 * several services on a row stacks them in lines of `PER_LINE` inside its own column, so columns
 * never run into each other. Items outside the clouds fill a block by tier to the left.
 */
import type { Graph } from '../domain/graph.ts';
import { AREAS, PROVIDERS, type ProviderId } from '../domain/vocabulary.ts';
import type { Point } from '../store/view-options.ts';
import { isDrawn } from '../encoding/drawn-nodes.ts';

const LINE = 64;
const ROW_GAP = 44;
const AREA_GAP = 90;
const COLUMN = 190;
const PER_LINE = 2;
const FIRST_PROVIDER_X = 300;
const PROVIDER_WIDTH = PER_LINE * COLUMN + 110;

export function providerLayout(graph: Graph): Record<string, Point> {
  const positions: Record<string, Point> = {};
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const capabilities = graph.nodes
    .filter((n) => n.kind === 'capability')
    .sort(
      (a, b) =>
        AREAS.indexOf(a.area ?? 'operations') - AREAS.indexOf(b.area ?? 'operations') || a.label.localeCompare(b.label),
    );
  const rowOf = new Map(capabilities.map((c, i) => [c.id, i]));

  // Each service goes on the row of its first capability (services with none: a last row).
  const firstRow = new Map<string, number>();
  for (const e of graph.edges)
    if (e.kind === 'implements' && rowOf.has(e.target))
      firstRow.set(e.source, Math.min(firstRow.get(e.source) ?? Infinity, rowOf.get(e.target)!));
  const cells = new Map<string, string[]>(); // `${row}:${provider}` → services, by name
  const services = graph.nodes
    .filter((n) => n.kind === 'service' && n.provider)
    .sort((a, b) => a.label.localeCompare(b.label));
  for (const s of services) {
    const key = `${firstRow.get(s.id) ?? capabilities.length}:${s.provider}`;
    cells.set(key, [...(cells.get(key) ?? []), s.id]);
  }

  let y = 0;
  let area: string | undefined;
  for (let row = 0; row <= capabilities.length; row++) {
    const capability = capabilities[row];
    const lines = Math.max(1, ...PROVIDERS.map((p) => Math.ceil((cells.get(`${row}:${p}`)?.length ?? 0) / PER_LINE)));
    if (!capability && lines === 1 && PROVIDERS.every((p) => !cells.has(`${row}:${p}`))) break;
    if (capability && capability.area !== area && area !== undefined) y += AREA_GAP;
    area = capability?.area;
    if (capability) positions[capability.id] = { x: 0, y: y + ((lines - 1) * LINE) / 2 };
    PROVIDERS.forEach((provider, column) => {
      (cells.get(`${row}:${provider}`) ?? []).forEach((id, i) => {
        positions[id] = {
          x: FIRST_PROVIDER_X + column * PROVIDER_WIDTH + (i % PER_LINE) * COLUMN,
          y: y + Math.floor(i / PER_LINE) * LINE,
        };
      });
    });
    y += lines * LINE + ROW_GAP;
  }
  // The providers head their columns.
  PROVIDERS.forEach((provider: ProviderId, column) => {
    if (byId.has(provider))
      positions[provider] = { x: FIRST_PROVIDER_X + column * PROVIDER_WIDTH + ((PER_LINE - 1) * COLUMN) / 2, y: -150 };
  });

  // Everything else: a block per tier to the left of the clouds, in rows of 8.
  const rest = graph.nodes.filter((n) => isDrawn(n) && !(n.id in positions));
  const perRow = 8;
  let blockY = 0;
  for (const tier of [1, 2, 3, undefined]) {
    const block = rest.filter((n) => n.tier === tier).sort((a, b) => a.label.localeCompare(b.label));
    block.forEach((node, i) => {
      positions[node.id] = { x: -(perRow - (i % perRow)) * 150 - 700, y: blockY + Math.floor(i / perRow) * 80 };
    });
    blockY += Math.ceil(block.length / perRow) * 80 + 100;
  }
  return positions;
}
