/**
 * The comparison matrix: one row per capability, grouped by area, and for each provider the
 * services that implement it, with the grade, caveat and source of each claim.
 */
import { inEdges, type GraphIndex } from '../graph-index.ts';
import { AREAS, PROVIDERS, type Area, type Match, type ProviderId } from '../vocabulary.ts';

export interface MatrixCell {
  service: string;
  match: Match;
  caveat?: string;
  source: string;
  checked: string;
}

export interface MatrixRow {
  capability: string;
  area: Area;
  cells: Record<ProviderId, MatrixCell[]>;
}

export function compareMatrix(index: GraphIndex): MatrixRow[] {
  const capabilities = index.graph.nodes.filter((n) => n.kind === 'capability');
  const rows = capabilities.map((capability): MatrixRow => {
    const cells = Object.fromEntries(PROVIDERS.map((p) => [p, [] as MatrixCell[]])) as Record<ProviderId, MatrixCell[]>;
    for (const edge of inEdges(index, capability.id, 'implements')) {
      const service = index.byId.get(edge.source);
      if (!service?.provider) continue;
      cells[service.provider].push({
        service: service.id,
        match: edge.match ?? 'full',
        ...(edge.caveat ? { caveat: edge.caveat } : {}),
        source: edge.sourceUrl ?? '',
        checked: edge.checked ?? '',
      });
    }
    // Full matches first, then by name, so the closest counterpart leads each cell.
    for (const p of PROVIDERS)
      cells[p].sort(
        (a, b) =>
          (a.match === b.match ? 0 : a.match === 'full' ? -1 : 1) ||
          index.byId.get(a.service)!.label.localeCompare(index.byId.get(b.service)!.label),
      );
    return { capability: capability.id, area: capability.area ?? 'operations', cells };
  });
  return rows.sort(
    (a, b) =>
      AREAS.indexOf(a.area) - AREAS.indexOf(b.area) ||
      index.byId.get(a.capability)!.label.localeCompare(index.byId.get(b.capability)!.label),
  );
}
