/** Search hits turned into what an option shows: the label, a quiet description, and a former name if that matched. */
import type { Atlas } from '../../domain/atlas';
import type { GraphNode } from '../../domain/graph';
import { PROVIDER_MARKS } from '../../graph-view/encoding';

export const MAX_RESULTS = 12;

export interface SearchResult {
  id: string;
  label: string;
  /** "library · Tier 2", "service · AWS". */
  detail: string;
  /** The former name the text matched, when the current label does not contain it. */
  formerly?: string;
}

/** Tiers and categories are not drawn on the canvas (they are colours and groups), so choosing one would show nothing. */
const isItem = (node: GraphNode) => node.kind !== 'tier' && node.kind !== 'category';

export function describeNode(node: GraphNode): string {
  const parts: string[] = [node.kind];
  if (node.provider) parts.push(PROVIDER_MARKS[node.provider].name);
  if (node.tier !== undefined) parts.push(`Tier ${node.tier}`);
  return parts.join(' · ');
}

/** Cheap and literal: "vertex" shows "formerly Vertex AI" because the label no longer says it. */
function matchedFormerName(node: GraphNode, text: string): string | undefined {
  const needle = text.trim().toLowerCase();
  if (!needle || node.label.toLowerCase().includes(needle)) return undefined;
  return node.formerNames?.find((name) => name.toLowerCase().includes(needle));
}

export function searchItems(atlas: Atlas, text: string, limit = MAX_RESULTS): SearchResult[] {
  // Ask for a few more than we show: tier and category hits are dropped below.
  const hits = atlas.search(text, limit + 8);
  const results: SearchResult[] = [];
  for (const hit of hits) {
    const node = atlas.index.byId.get(hit.id);
    if (!node || !isItem(node)) continue;
    const formerly = matchedFormerName(node, text);
    results.push({ id: node.id, label: node.label, detail: describeNode(node), ...(formerly ? { formerly } : {}) });
    if (results.length === limit) break;
  }
  return results;
}
