/**
 * Turning what a person types into a node id — the one resolver behind the CLI, search and the
 * Translate box. Exact names (id, label, alias, former name, checklist name) count first; cloud
 * services are also found by the short forms people write: "Amazon EKS", "EKS" and "Elastic
 * Kubernetes Service" all name Amazon Elastic Kubernetes Service (EKS). A short form may fit
 * several services ("API Gateway", "IAM"): the provider in context decides, and where nothing
 * does, the caller gets the candidates to ask about — never a silent guess.
 */
import { closest } from '../closest.ts';
import type { GraphIndex } from '../graph-index.ts';
import type { GraphNode } from '../graph.ts';
import type { ProviderId } from '../vocabulary.ts';
import type { Search } from './search.ts';

export type Resolution =
  | { status: 'found'; id: string }
  | { status: 'ambiguous'; name: string; candidates: string[] }
  | { status: 'unknown'; name: string; suggestions: string[] };

export interface ResolveContext {
  /** The cloud the names come from: its services win over same-named ones elsewhere. */
  provider?: ProviderId;
  /**
   * Only cloud services are wanted (translate, equivalents): an exact name of something else
   * ("OpenSearch" the project) does not settle a name that also fits a service.
   */
  services?: boolean;
  /** For suggestions when nothing matches. */
  search?: Search;
}

/** Lower case, one space between words, hyphens as spaces ("Speech-to-Text" = "speech to text"). */
export const nameKey = (name: string) => name.toLowerCase().replace(/[-–]/g, ' ').replace(/\s+/g, ' ').trim();

const PREFIXES: Record<ProviderId, readonly string[]> = {
  aws: ['Amazon ', 'AWS '],
  azure: ['Azure ', 'Microsoft '],
  gcp: ['Google Cloud ', 'Google ', 'GCP '],
};
const ALL_PREFIXES = Object.values(PREFIXES).flat();
/** Azure's prebuilt AI services are named "Azure Speech in Foundry Tools" and so on. */
const SUFFIXES = [' in Foundry Tools', ' in Foundry Models', ' Service', ' service'];

const stripPrefix = (name: string) => {
  const prefix = ALL_PREFIXES.find((p) => name.startsWith(p) && name.length > p.length);
  return prefix ? name.slice(prefix.length) : name;
};

/** The short forms of one official name of a service, the name itself excluded. */
export function shortForms(name: string, provider: ProviderId): string[] {
  const forms = new Set<string>([name]);
  // "Amazon Elastic Kubernetes Service (EKS)" → the name without the abbreviation, and the
  // abbreviation alone when it is one word ("EKS", "Amazon VPC" → "VPC").
  const paren = /^(.*\S)\s*\(([^()]+)\)$/.exec(name);
  if (paren) {
    forms.add(paren[1]!);
    const inner = stripPrefix(paren[2]!);
    if (!inner.includes(' ')) forms.add(inner);
  }
  for (const form of [...forms]) {
    const bare = stripPrefix(form);
    forms.add(bare);
    for (const suffix of SUFFIXES)
      if (bare.endsWith(suffix) && bare.length > suffix.length) forms.add(bare.slice(0, -suffix.length));
  }
  // The provider's own prefixes on every bare form: "AWS Rekognition", "Google Cloud Batch".
  for (const form of [...forms])
    if (stripPrefix(form) === form) for (const p of PREFIXES[provider]) forms.add(p + form);
  forms.delete(name);
  return [...forms];
}

interface Entry {
  id: string;
  exact: boolean;
}

const exactNames = (n: GraphNode) => [n.id, n.label, ...(n.aliases ?? []), ...(n.formerNames ?? []), n.checklist ?? ''];

function buildTable(index: GraphIndex) {
  const table = new Map<string, Entry[]>();
  const add = (name: string, id: string, exact: boolean) => {
    const key = nameKey(name);
    if (!key) return;
    const list = table.get(key) ?? [];
    const seen = list.find((e) => e.id === id);
    if (seen) seen.exact ||= exact;
    else list.push({ id, exact });
    table.set(key, list);
  };
  for (const node of index.graph.nodes) for (const name of exactNames(node)) add(name, node.id, true);
  for (const node of index.graph.nodes) {
    if (node.kind !== 'service' || !node.provider) continue;
    for (const name of [node.label, ...(node.aliases ?? []), ...(node.formerNames ?? [])])
      for (const form of shortForms(name, node.provider)) add(form, node.id, false);
  }
  return table;
}

// Built once per graph, on first use: the app's start-up never pays for it.
const tables = new WeakMap<GraphIndex, Map<string, Entry[]>>();
const tableOf = (index: GraphIndex) => {
  let table = tables.get(index);
  if (!table) tables.set(index, (table = buildTable(index)));
  return table;
};

export function resolveName(index: GraphIndex, name: string, context: ResolveContext = {}): Resolution {
  let candidates = tableOf(index).get(nameKey(name)) ?? [];
  if (candidates.length === 0) {
    const fuzzy = context.search?.(name, 3).map((h) => h.id) ?? [];
    return { status: 'unknown', name, suggestions: fuzzy.length > 0 ? fuzzy : closest(name, index.byId.keys()) };
  }
  const node = (id: string) => index.byId.get(id)!;
  if (context.provider) {
    const own = candidates.filter((c) => node(c.id).provider === context.provider);
    if (own.length > 0) candidates = own;
  }
  if (candidates.length === 1) return { status: 'found', id: candidates[0]!.id };
  const exact = candidates.filter((c) => c.exact);
  // An exact name beats short forms — unless services are wanted and it names something else.
  if (exact.length === 1 && (!context.services || node(exact[0]!.id).kind === 'service'))
    return { status: 'found', id: exact[0]!.id };
  const ordered = [...exact, ...candidates.filter((c) => !c.exact)].map((c) => c.id);
  return { status: 'ambiguous', name, candidates: ordered };
}

/** Every node a name may mean, best first (the exact match, else the candidates); empty if none. */
export function namedNodes(index: GraphIndex, name: string): string[] {
  const r = resolveName(index, name);
  return r.status === 'found' ? [r.id] : r.status === 'ambiguous' ? r.candidates : [];
}
