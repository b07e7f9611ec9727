/**
 * Everything the Details panel shows about one item, derived from the graph index in one pure
 * function so that the lists can be tested without rendering anything.
 */
import { inEdges, outEdges, type GraphIndex } from '../../domain/graph-index';
import type { GraphEdge } from '../../domain/graph';
import { unlockChain } from '../../domain/queries/closure';
import { learningCounts } from '../../domain/queries/counts';
import { objectivesServedBy } from '../../domain/queries/objectives';
import type { PlanOptions } from '../../domain/queries/plan';
import { equivalents, groupByService } from '../../domain/queries/equivalents';
import { countByTier, type TierCount } from '../../domain/queries/tier-counts';
import {
  PROVIDERS,
  type EdgeKind,
  type Match,
  type NodeKind,
  type Priority,
  type ProviderId,
  type Tier,
} from '../../domain/vocabulary';
import { PROVIDER_MARKS, TIER_NAMES } from '../../encoding/encoding';
import { httpsOnly } from './links';

/** Another item, as a list entry shows it. */
export interface ItemRef {
  id: string;
  label: string;
  kind: NodeKind;
  tier?: Tier;
}

/** One requirement: a single item, or an any-of group where one member is enough. */
export interface Prerequisite {
  items: ItemRef[];
  anyOf: boolean;
  recommended: boolean;
}

export interface Source {
  url: string;
  checked: string;
}

/** A graded claim: a service offering a capability, or a counterpart on another cloud. */
export interface GradedEntry {
  item: ItemRef;
  match: Match;
  /** Each caveat with the name of the service it is about, when that is not the entry itself. */
  caveats: { about?: string; text: string }[];
  /** https sources only. */
  sources: Source[];
  /** For counterparts: the shared capabilities the grade is about. */
  via: ItemRef[];
}

export interface ProviderGroup {
  provider: ProviderId;
  name: string;
  entries: GradedEntry[];
}

/** A chain of items: how many are still to learn (per tier) and how many are learned already. */
export interface ChainCount {
  toLearn: number;
  byTier: TierCount[];
  learned: number;
}

export interface RelationList {
  key: string;
  title: string;
  items: ItemRef[];
}

export interface DetailsModel {
  id: string;
  label: string;
  kind: NodeKind;
  tier?: Tier;
  tierName?: string;
  categoryLabel?: string;
  priority?: Priority;
  provider?: ProviderId;
  providerName?: string;
  area?: string;
  description: string;
  aliases: string[];
  formerNames: string[];
  links: string[];
  prerequisites: Prerequisite[];
  unlocksDirectly: ItemRef[];
  /**
   * The numbers the trace and the plan show too (domain/queries/counts.ts): plan steps before the
   * item, every prerequisite still to learn (the trace), and what it leads to, learned items apart.
   */
  counts: {
    learned: boolean;
    stepsFirst: number;
    chain: ChainCount;
    unlocks: ChainCount;
  };
  /** Curriculum items: the learning objectives they help achieve (sub-objective and its objective). */
  serves: { objective: ItemRef; subObjective: ItemRef }[];
  /** Objectives: their sub-objectives. Sub-objectives: the items that achieve them (any-of groups folded). */
  achievedBy: Prerequisite[];
  /** Sub-objectives: the objective they are part of. */
  partOf: ItemRef[];
  /** Services only (and only when they implement a capability): counterparts on each other cloud. */
  equivalents?: ProviderGroup[];
  /** Capabilities only: the services implementing it, on every cloud. */
  offeredBy?: ProviderGroup[];
  /** Services only: the capabilities it implements. */
  capabilities: GradedEntry[];
  /** Providers only: their services. */
  services: ItemRef[];
  relations: RelationList[];
}

const byLabel = (a: ItemRef, b: ItemRef) => a.label.localeCompare(b.label, 'en', { sensitivity: 'base' });

function refOf(index: GraphIndex, id: string): ItemRef {
  const node = index.byId.get(id);
  // A dangling id cannot pass validation; fall back to the id rather than hide the entry.
  if (!node) return { id, label: id, kind: 'skill' };
  return { id, label: node.label, kind: node.kind, ...(node.tier === undefined ? {} : { tier: node.tier }) };
}

/** Distinct, sorted items at the other end of some edges. */
function refs(index: GraphIndex, ids: Iterable<string>, self: string): ItemRef[] {
  const unique = new Set(ids);
  unique.delete(self);
  return [...unique].map((id) => refOf(index, id)).sort(byLabel);
}

const targets = (index: GraphIndex, id: string, kind: EdgeKind) => outEdges(index, id, kind).map((e) => e.target);
const sources = (index: GraphIndex, id: string, kind: EdgeKind) => inEdges(index, id, kind).map((e) => e.source);

/** Direct `requires` (or `achieved-by`) targets, any-of members folded into one entry, hard ones first. */
function prerequisitesOf(index: GraphIndex, id: string, kind: 'requires' | 'achieved-by' = 'requires'): Prerequisite[] {
  const entries: Prerequisite[] = [];
  const groups = new Map<string, Prerequisite>();
  for (const edge of outEdges(index, id, kind)) {
    const recommended = edge.strength === 'recommended';
    if (!edge.group) {
      entries.push({ items: [refOf(index, edge.target)], anyOf: false, recommended });
      continue;
    }
    let group = groups.get(edge.group);
    if (!group) {
      group = { items: [], anyOf: true, recommended };
      groups.set(edge.group, group);
      entries.push(group);
    }
    group.items.push(refOf(index, edge.target));
  }
  // Stable sort: the author's order is kept within hard and within recommended requirements.
  return entries.sort((a, b) => Number(a.recommended) - Number(b.recommended));
}

const claimSources = (edge: GraphEdge): Source[] =>
  httpsOnly(edge.sourceUrl ? [edge.sourceUrl] : []).map((url) => ({ url, checked: edge.checked ?? '' }));

function gradedFromEdge(index: GraphIndex, edge: GraphEdge, other: string): GradedEntry {
  return {
    item: refOf(index, other),
    match: edge.match ?? 'full',
    caveats: edge.caveat ? [{ text: edge.caveat }] : [],
    sources: claimSources(edge),
    via: [],
  };
}

const fullFirst = (a: GradedEntry, b: GradedEntry) =>
  (a.match === b.match ? 0 : a.match === 'full' ? -1 : 1) || byLabel(a.item, b.item);

function byProvider(
  entries: readonly GradedEntry[],
  providerOf: (e: GradedEntry) => ProviderId | undefined,
  skip?: ProviderId,
) {
  return PROVIDERS.filter((p) => p !== skip).map((provider): ProviderGroup => ({
    provider,
    name: PROVIDER_MARKS[provider].name,
    entries: entries.filter((e) => providerOf(e) === provider).sort(fullFirst),
  }));
}

function equivalentsOf(index: GraphIndex, id: string, own: ProviderId | undefined): ProviderGroup[] | undefined {
  if (outEdges(index, id, 'implements').length === 0) return undefined;
  const entries = groupByService(equivalents(index, id)).map((c): GradedEntry => ({
    item: refOf(index, c.service),
    match: c.match,
    caveats: c.caveats.map((caveat) =>
      caveat.service === c.service
        ? { text: caveat.text }
        : { about: refOf(index, caveat.service).label, text: caveat.text },
    ),
    sources: c.sources.filter((s) => httpsOnly([s.url]).length > 0),
    via: c.capabilities.map((cap) => refOf(index, cap)),
  }));
  const providerOf = (e: GradedEntry) => index.byId.get(e.item.id)?.provider;
  return byProvider(entries, providerOf, own);
}

function offeredByOf(index: GraphIndex, id: string): ProviderGroup[] | undefined {
  const edges = inEdges(index, id, 'implements');
  if (edges.length === 0) return undefined;
  const entries = edges.map((e) => gradedFromEdge(index, e, e.source));
  return byProvider(entries, (e) => index.byId.get(e.item.id)?.provider);
}

function relationsOf(index: GraphIndex, id: string): RelationList[] {
  const lists: RelationList[] = [
    {
      key: 'alternatives',
      title: 'Alternatives',
      items: refs(index, [...targets(index, id, 'alternative-to'), ...sources(index, id, 'alternative-to')], id),
    },
    { key: 'builds-on', title: 'Builds on', items: refs(index, targets(index, id, 'builds-on'), id) },
    { key: 'built-on-by', title: 'Built on by', items: refs(index, sources(index, id, 'builds-on'), id) },
    { key: 'uses', title: 'Uses', items: refs(index, targets(index, id, 'uses'), id) },
    { key: 'used-by', title: 'Used by', items: refs(index, sources(index, id, 'uses'), id) },
    {
      key: 'integrates-with',
      title: 'Integrates with',
      items: refs(index, [...targets(index, id, 'integrates-with'), ...sources(index, id, 'integrates-with')], id),
    },
  ];
  return lists.filter((l) => l.items.length > 0);
}

const chainCount = (index: GraphIndex, chain: { toLearn: Set<string>; learned: Set<string> }): ChainCount => ({
  toLearn: chain.toLearn.size,
  byTier: countByTier(index, chain.toLearn),
  learned: chain.learned.size,
});

/**
 * The view model for one item, or undefined when the id is not in the graph. `plan` carries the
 * learner's progress (`known`) and the plan settings, so that the counts match the Plan tab's.
 */
export function detailsModel(index: GraphIndex, id: string, plan: PlanOptions = {}): DetailsModel | undefined {
  const node = index.byId.get(id);
  if (!node) return undefined;
  const category = node.category ? index.byId.get(node.category) : undefined;
  const learned = new Set(plan.known ?? []);
  const learning = learningCounts(index, id, { ...plan, known: learned });
  return {
    id,
    label: node.label,
    kind: node.kind,
    ...(node.tier === undefined ? {} : { tier: node.tier, tierName: TIER_NAMES[node.tier] }),
    ...(node.category ? { categoryLabel: category?.label ?? node.category } : {}),
    ...(node.priority ? { priority: node.priority } : {}),
    ...(node.provider ? { provider: node.provider, providerName: PROVIDER_MARKS[node.provider].name } : {}),
    ...(node.area ? { area: node.area } : {}),
    description: node.description,
    aliases: node.aliases ?? [],
    formerNames: node.formerNames ?? [],
    links: httpsOnly(node.links),
    prerequisites: prerequisitesOf(index, id),
    unlocksDirectly: refs(index, sources(index, id, 'requires'), id),
    counts: {
      learned: learned.has(id),
      stepsFirst: learning.stepsFirst.length,
      chain: chainCount(index, learning.chain),
      unlocks: chainCount(index, unlockChain(index, [id], { learned })),
    },
    serves: objectivesServedBy(index, id).map((s) => ({
      objective: refOf(index, s.objective),
      subObjective: refOf(index, s.subObjective),
    })),
    achievedBy: prerequisitesOf(index, id, 'achieved-by'),
    // Items are achieved-by targets too; only a sub-objective is *part of* the objective above it.
    partOf: node.kind === 'sub-objective' ? refs(index, sources(index, id, 'achieved-by'), id) : [],
    ...(node.kind === 'service' ? { equivalents: equivalentsOf(index, id, node.provider) } : {}),
    ...(node.kind === 'capability' ? { offeredBy: offeredByOf(index, id) } : {}),
    capabilities:
      node.kind === 'service'
        ? outEdges(index, id, 'implements')
            .map((e) => gradedFromEdge(index, e, e.target))
            .sort((a, b) => byLabel(a.item, b.item))
        : [],
    services: node.kind === 'provider' ? refs(index, sources(index, id, 'offered-by'), id) : [],
    relations: relationsOf(index, id),
  };
}
