/**
 * The outline's shape, as pure data: the visible items grouped by tier, then by category (or, for
 * items without one, by provider or kind), each list sorted by label. Tier and category nodes are
 * the groups here, never items.
 */
import type { GraphNode } from '../../domain/graph';
import type { GraphIndex } from '../../domain/graph-index';
import { PROVIDERS, TIERS, type NodeKind, type Tier } from '../../domain/vocabulary';
import { isDrawn } from '../../encoding/drawn-nodes';
import { PROVIDER_MARKS, TIER_NAMES, OUTSIDE_TIERS } from '../../encoding/encoding';

export interface OutlineItem {
  id: string;
  label: string;
  /** The tree key of the item, unique across the outline. */
  key: string;
}

export interface OutlineGroup {
  key: string;
  label: string;
  items: OutlineItem[];
}

export interface OutlineSection {
  key: string;
  label: string;
  tier: Tier | 'none';
  count: number;
  groups: OutlineGroup[];
}

export interface Outline {
  sections: OutlineSection[];
  /** Items shown. */
  total: number;
  /** Item id → the keys of its section and group, to open them when the item is selected. */
  locations: ReadonlyMap<string, readonly [string, string]>;
}

export const itemKey = (id: string) => `item:${id}`;
/** The outline mirrors the canvas: the same nodes. */
export const isOutlineItem = isDrawn;

const KIND_GROUP_LABELS: Partial<Record<NodeKind, string>> = {
  capability: 'Capabilities',
  library: 'Libraries',
  provider: 'Cloud providers',
};
const kindGroupLabel = (kind: NodeKind) =>
  KIND_GROUP_LABELS[kind] ?? `${kind.charAt(0).toUpperCase()}${kind.slice(1)}s`;

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

interface GroupSpec {
  id: string;
  label: string;
  /** Categories first, in the curriculum's order; then providers; then kinds. */
  rank: number;
}

function groupOf(node: GraphNode, index: GraphIndex, categoryRank: ReadonlyMap<string, number>): GroupSpec {
  if (node.category)
    return {
      id: `category:${node.category}`,
      label: index.byId.get(node.category)?.label ?? node.category,
      rank: categoryRank.get(node.category) ?? categoryRank.size,
    };
  if (node.provider)
    return {
      id: `provider:${node.provider}`,
      // Only services outside the curriculum land here (the others sit under their tier and category),
      // so the name says so: the Filters' provider count covers both.
      label:
        `${PROVIDER_MARKS[node.provider].name} ${node.kind === 'service' ? 'services not in the curriculum' : ''}`.trim(),
      rank: 1000 + PROVIDERS.indexOf(node.provider),
    };
  return { id: `kind:${node.kind}`, label: kindGroupLabel(node.kind), rank: 2000 };
}

/** Category order as the data lists the categories (structure.yaml), which follows the curriculum. */
function categoryRanks(index: GraphIndex): Map<string, number> {
  const ranks = new Map<string, number>();
  for (const node of index.graph.nodes) if (node.kind === 'category') ranks.set(node.id, ranks.size);
  return ranks;
}

export function buildOutline(index: GraphIndex, isVisible: (id: string) => boolean): Outline {
  const categoryRank = categoryRanks(index);
  const bySection = new Map<Tier | 'none', Map<string, { spec: GroupSpec; items: OutlineItem[] }>>();
  for (const node of index.graph.nodes) {
    if (!isOutlineItem(node) || !isVisible(node.id)) continue;
    const tier = node.tier ?? 'none';
    let groups = bySection.get(tier);
    if (!groups) bySection.set(tier, (groups = new Map()));
    const spec = groupOf(node, index, categoryRank);
    let group = groups.get(spec.id);
    if (!group) groups.set(spec.id, (group = { spec, items: [] }));
    group.items.push({ id: node.id, label: node.label, key: itemKey(node.id) });
  }

  const sections: OutlineSection[] = [];
  const locations = new Map<string, readonly [string, string]>();
  let total = 0;
  for (const tier of [...TIERS, 'none'] as const) {
    const groups = bySection.get(tier);
    if (!groups) continue;
    const sectionKey = `tier:${tier}`;
    const sorted = [...groups.values()]
      .sort((a, b) => a.spec.rank - b.spec.rank || collator.compare(a.spec.label, b.spec.label))
      .map(({ spec, items }) => {
        const key = `${sectionKey}/${spec.id}`;
        items.sort((a, b) => collator.compare(a.label, b.label) || a.id.localeCompare(b.id));
        for (const item of items) locations.set(item.id, [sectionKey, key]);
        return { key, label: spec.label, items };
      });
    const count = sorted.reduce((n, g) => n + g.items.length, 0);
    total += count;
    sections.push({
      key: sectionKey,
      label: tier === 'none' ? OUTSIDE_TIERS : TIER_NAMES[tier],
      tier,
      count,
      groups: sorted,
    });
  }
  return { sections, total, locations };
}

/** One line of the tree as the keyboard walks it: only rows inside open groups. */
export interface TreeRow {
  key: string;
  parent: string | null;
  /** The node id, for items; groups have none. */
  id?: string;
}

export function visibleRows(outline: Outline, isOpen: (key: string) => boolean): TreeRow[] {
  const rows: TreeRow[] = [];
  for (const section of outline.sections) {
    rows.push({ key: section.key, parent: null });
    if (!isOpen(section.key)) continue;
    for (const group of section.groups) {
      rows.push({ key: group.key, parent: section.key });
      if (!isOpen(group.key)) continue;
      for (const item of group.items) rows.push({ key: item.key, parent: group.key, id: item.id });
    }
  }
  return rows;
}
