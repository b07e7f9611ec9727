/**
 * What the comparison matrix shows: area names, which rows pass the filters, rows grouped by area.
 * Pure functions over the domain's matrix, so the filtering rules are tested without a DOM.
 */
import type { GraphNode } from '../../domain/graph';
import type { GraphIndex } from '../../domain/graph-index';
import type { MatrixRow } from '../../domain/queries/compare';
import { AREAS, PROVIDERS, type Area, type ProviderId } from '../../domain/vocabulary';
import { AREA_NAMES, PROVIDER_MARKS } from '../../encoding/encoding';

/** Area names, as the canvas's provider layout writes them. */
export const AREA_LABELS = AREA_NAMES;

export const providerName = (provider: ProviderId) => PROVIDER_MARKS[provider].name;

/** The label of a node, or its id when the graph no longer has it (a stale link). */
export const labelOf = (index: GraphIndex, id: string) => index.byId.get(id)?.label ?? id;

/** The curriculum names an item when it sits in one of its tiers. */
export const inCurriculum = (node: GraphNode | undefined) => node?.tier !== undefined;

/** Every name a person might know a node by. */
export const namesOf = (node: GraphNode) => [node.label, ...(node.aliases ?? []), ...(node.formerNames ?? [])];

export interface MatrixFilter {
  text: string;
  area: Area | 'all';
  curriculumOnly: boolean;
}

export const NO_FILTER: MatrixFilter = { text: '', area: 'all', curriculumOnly: false };

const servicesOf = (row: MatrixRow) => PROVIDERS.flatMap((p) => row.cells[p].map((c) => c.service));

/**
 * Rows where every typed word appears in the capability's names, or in those plus the names of
 * one of its services: "sagemaker notebooks" finds Managed notebooks, while "cloud functions"
 * does not find a row just because one service says "Cloud" and another "Functions".
 */
export function filterMatrix(index: GraphIndex, rows: readonly MatrixRow[], filter: MatrixFilter): MatrixRow[] {
  const terms = filter.text.toLowerCase().split(/\s+/).filter(Boolean);
  const text = (node: GraphNode | undefined) => (node ? namesOf(node).join('\n').toLowerCase() : '');
  return rows.filter((row) => {
    if (filter.area !== 'all' && row.area !== filter.area) return false;
    const services = servicesOf(row).map((id) => index.byId.get(id));
    if (filter.curriculumOnly && !services.some(inCurriculum)) return false;
    if (terms.length === 0) return true;
    const capability = text(index.byId.get(row.capability));
    return [capability, ...services.map((s) => `${capability}\n${text(s)}`)].some((haystack) =>
      terms.every((term) => haystack.includes(term)),
    );
  });
}

export interface AreaGroup {
  area: Area;
  rows: MatrixRow[];
}

/** Consecutive rows per area, in the order of AREAS; areas with no rows left are omitted. */
export function groupByArea(rows: readonly MatrixRow[]): AreaGroup[] {
  return AREAS.map((area) => ({ area, rows: rows.filter((r) => r.area === area) })).filter((g) => g.rows.length > 0);
}

/** "example.com" from a URL: enough to say where a claim comes from; the link holds the rest. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url.replace(/^https:\/\//, '').split('/')[0] ?? url;
  }
}

/** Only well-formed https links reach the page, whatever the graph says. */
export function isSafeLink(url: string): boolean {
  if (!url.startsWith('https://')) return false;
  try {
    new URL(url);
    return true;
  } catch {
    return false;
  }
}
