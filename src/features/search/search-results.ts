/** Search hits turned into what an option shows: the label, a quiet description, and a former name if that matched. */
import { findItems, isItem, type ItemOption } from '../../components/item-combobox';
import type { Atlas } from '../../domain/atlas';
import type { GraphNode } from '../../domain/graph';
import { PROVIDER_MARKS } from '../../encoding/encoding';

export const MAX_RESULTS = 12;

/** "library · Tier 2", "service · AWS". */
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

export function searchItems(atlas: Atlas, text: string, limit = MAX_RESULTS): ItemOption[] {
  return findItems(atlas, text, limit, isItem).map((node) => {
    const formerly = matchedFormerName(node, text);
    return { id: node.id, label: node.label, detail: describeNode(node) + (formerly ? ` · formerly ${formerly}` : '') };
  });
}
