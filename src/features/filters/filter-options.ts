/**
 * What the filter panel offers: every value of every dimension with how many items (or edges) of
 * the whole graph carry it. Pure, computed once per graph; the counts do not follow the filters,
 * so a number never jumps while you are switching things off.
 */
import type { Graph } from '../../domain/graph';
import { PRIORITIES, PROVIDERS, TIERS, type EdgeKind } from '../../domain/vocabulary';
import { DRAWN_EDGE_KINDS, drawnGraph } from '../../encoding/drawn-nodes';
import {
  EDGE_LOOKS,
  KIND_SHAPES,
  PROVIDER_MARKS,
  TIER_COLOURS,
  TIER_NAMES,
  OUTSIDE_TIERS,
} from '../../encoding/encoding';
import { nodeValue, type FilterDimension } from '../../store/filters';

/** A small mark drawn next to an option: the tier's fill colour or the provider's border. */
export interface Swatch {
  colour: string;
  border?: 'solid' | 'double' | 'dashed';
}

export interface FilterOption {
  value: string;
  label: string;
  count: number;
  swatch?: Swatch;
}

export interface NodeFilterGroup {
  dimension: FilterDimension;
  title: string;
  options: FilterOption[];
}

export interface EdgeFilterOption {
  kind: EdgeKind;
  label: string;
  /** The legend's wording, so the panel and the legend explain an edge kind the same way. */
  hint: string;
  count: number;
}

/** `builds-on` → `Builds on`. */
export const humanise = (value: string) => {
  const words = value.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};

type Known = { value: string; label: string; swatch?: Swatch }[];

const TITLES: Record<FilterDimension, string> = {
  tier: 'Tier',
  kind: 'Kind',
  provider: 'Provider',
  category: 'Category',
  priority: 'Priority',
};

function knownValues(graph: Graph): Record<FilterDimension, Known> {
  const categories = graph.nodes.filter((n) => n.kind === 'category');
  return {
    tier: [
      ...TIERS.map((t) => ({ value: String(t), label: TIER_NAMES[t], swatch: { colour: TIER_COLOURS[t] } })),
      { value: 'none', label: OUTSIDE_TIERS, swatch: { colour: TIER_COLOURS.none } },
    ],
    // Only the kinds the canvas draws: tiers and categories are colours and groups, not nodes.
    kind: Object.keys(KIND_SHAPES).map((k) => ({ value: k, label: humanise(k) })),
    provider: [
      ...PROVIDERS.map((p) => ({
        value: p,
        label: PROVIDER_MARKS[p].name,
        swatch: { colour: PROVIDER_MARKS[p].colour, border: PROVIDER_MARKS[p].border },
      })),
      { value: 'none', label: 'No provider' },
    ],
    category: [...categories.map((c) => ({ value: c.id, label: c.label })), { value: 'none', label: 'No category' }],
    priority: [...PRIORITIES.map((p) => ({ value: p, label: humanise(p) })), { value: 'none', label: 'Not given' }],
  };
}

export function nodeFilterGroups(graph: Graph, dimensions: readonly FilterDimension[]): NodeFilterGroup[] {
  const { nodes } = drawnGraph(graph);
  const known = knownValues(graph);
  return dimensions.map((dimension) => {
    const counts = new Map<string, number>();
    for (const node of nodes) {
      const value = nodeValue(node, dimension);
      counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    const listed = new Set(known[dimension].map((k) => k.value));
    // An imported graph may use values the curriculum does not know; offer them too, under their raw name.
    const extra = [...counts.keys()].filter((v) => !listed.has(v)).map((v) => ({ value: v, label: v }));
    const options = [...known[dimension], ...extra].map((o) => ({ ...o, count: counts.get(o.value) ?? 0 }));
    return { dimension, title: TITLES[dimension], options };
  });
}

export function edgeFilterOptions(graph: Graph): EdgeFilterOption[] {
  const { edges } = drawnGraph(graph);
  const counts = new Map<EdgeKind, number>();
  for (const edge of edges) counts.set(edge.kind, (counts.get(edge.kind) ?? 0) + 1);
  // EDGE_LOOKS lists the kinds from the strongest relation to the weakest: the panel keeps that order.
  return (Object.keys(EDGE_LOOKS) as EdgeKind[])
    .filter((kind) => DRAWN_EDGE_KINDS.includes(kind))
    .map((kind) => ({
      kind,
      label: humanise(kind),
      hint: EDGE_LOOKS[kind].legend,
      count: counts.get(kind) ?? 0,
    }));
}
