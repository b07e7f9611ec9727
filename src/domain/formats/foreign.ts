/**
 * From a foreign graph (Cytoscape JSON, GraphML) to the app's `Graph`.
 *
 * The readers turn a file into plain elements: an id, attributes by name, and where the element
 * sits in the file. This module decides what those become, the same way for every format:
 *
 * - Node ids: kept when already kebab-case (every id the app writes is); otherwise rewritten as a
 *   kebab-case id (`"Node A"` → `node-a`, `-2`, `-3`… when two collide). Edges follow the rewrite.
 * - Node fields: `label`, else `name` (Cytoscape desktop), else the original id; `kind` when it is
 *   one of the app's kinds (any case), else `tool`; `description`, else a line saying where the
 *   node came from; every other field of the app (`tier`, `category`, `priority`, `aliases`,
 *   `links`, `tags`…) when its value is valid. Lists may be lists or JSON text (GraphML has no
 *   lists).
 * - Edge kinds: `kind`, else Cytoscape desktop's `interaction`, when it is one of the app's
 *   relations; else `integrates-with`, the relation that claims least. `requires` edges without a
 *   strength are hard, as in graph-data.
 * - Edge ids: kept when unique among edges and distinct from every node id (Cytoscape needs both);
 *   otherwise, and when absent, the app's own `kind:source->target`.
 *
 * Nothing is dropped silently: attributes the app has no field for, invalid values, defaults
 * chosen and ids rewritten are each summed up in one warning. Broken structure (missing or
 * duplicate ids, edges to missing nodes, prerequisite loops) is a problem, and nothing opens.
 */
import { z } from 'zod';
import type { Graph, GraphEdge, GraphNode } from '../graph.ts';
import type { PathPart } from '../problems.ts';
import {
  AREAS,
  EDGE_KINDS,
  HttpsUrl,
  Id,
  MATCHES,
  NODE_KINDS,
  PRIORITIES,
  PROVIDERS,
  STRENGTHS,
  type EdgeKind,
  type NodeKind,
} from '../schema.ts';
import { checkReferences, type CheckedEdge, type CheckedNode, type Issue } from './checks.ts';
import { FORMAT_NAMES, IMPORT_LIMITS, formatCount, plural, type Format } from './formats.ts';
import { describeValue, quote } from './text.ts';

export interface ForeignNode {
  path: PathPart[];
  /** Line of the element, when the reader knows it (GraphML); JSON and YAML lines come from paths. */
  line?: number;
  idPath: PathPart[];
  id: unknown;
  /** Every attribute but the id, by name. */
  attrs: ReadonlyMap<string, unknown>;
}

export interface ForeignEdge {
  path: PathPart[];
  line?: number;
  idPath: PathPart[];
  sourcePath: PathPart[];
  targetPath: PathPart[];
  /** `undefined` when the edge has none. */
  id: unknown;
  source: unknown;
  target: unknown;
  /** Every attribute but the id, source and target, by name. */
  attrs: ReadonlyMap<string, unknown>;
}

export interface ForeignGraph {
  format: Exclude<Format, 'atlas' | 'atlas-graph'>;
  nodes: ForeignNode[];
  edges: ForeignEdge[];
  /** What the reader itself had to leave out or reinterpret (layout, nesting, undirected edges…). */
  notes: string[];
}

export type ForeignResult = { ok: true; graph: Graph; warnings: string[] } | { ok: false; issues: Issue[] };

/** The kind of a node whose file names none the app knows. */
export const DEFAULT_NODE_KIND: NodeKind = 'tool';
/** The kind of an edge whose file names none the app knows: the relation that claims least. */
export const DEFAULT_EDGE_KIND: EdgeKind = 'integrates-with';

const LABEL_MAX = 80;
const DESCRIPTION_MAX = 400;
/** Ids the URL can carry (its parser stops at 200 characters); rewritten ids stay short. */
const ID_MAX = 200;
const REWRITTEN_ID_MAX = 64;
const EXAMPLES = 5;

const Text = z.string().trim().min(1);

/** Node fields besides id, label, kind and description: how to read each, and its rule in words. */
const NODE_FIELDS: Record<string, { read: (value: unknown) => unknown; rule: string }> = {
  tier: { read: readTier, rule: 'a tier is 1, 2 or 3' },
  category: { read: (v) => parsed(Id, textOf(v)?.trim()), rule: 'a category is a kebab-case id' },
  priority: { read: (v) => oneOf(PRIORITIES, v), rule: `a priority is one of ${PRIORITIES.join(', ')}` },
  checklist: { read: (v) => parsed(Text, textOf(v)), rule: 'a checklist name is text' },
  provider: { read: (v) => oneOf(PROVIDERS, v), rule: `a provider is one of ${PROVIDERS.join(', ')}` },
  area: { read: (v) => oneOf(AREAS, v), rule: `an area is one of ${AREAS.join(', ')}` },
  durationMonths: {
    read: (v) => parsed(z.coerce.number().int().positive().max(120), textOf(v)),
    rule: 'a duration is a whole number of months',
  },
};

/** List fields: each member is checked on its own, so one bad link does not cost the others. */
const LIST_FIELDS: Record<string, { member: z.ZodType; rule: string }> = {
  aliases: { member: Text, rule: 'an alias is text' },
  formerNames: { member: Text, rule: 'a former name is text' },
  links: { member: HttpsUrl, rule: 'a link is an https:// URL with a domain name' },
  tags: { member: Id, rule: 'a tag is a kebab-case id' },
};

const EDGE_FIELDS: Record<string, { read: (value: unknown) => unknown; rule: string }> = {
  strength: { read: (v) => oneOf(STRENGTHS, v), rule: `a strength is one of ${STRENGTHS.join(', ')}` },
  group: { read: textOf, rule: 'a group is text' },
  match: { read: (v) => oneOf(MATCHES, v), rule: `a match is one of ${MATCHES.join(', ')}` },
  caveat: { read: (v) => (typeof v === 'string' ? v : undefined), rule: 'a caveat is text' },
  sourceUrl: { read: (v) => (typeof v === 'string' ? v : undefined), rule: 'a source URL is text' },
  checked: { read: (v) => (typeof v === 'string' ? v : undefined), rule: 'a check date is text' },
};

/** Field read from the node itself, so never listed as dropped. */
const NODE_CORE = new Set(['label', 'name', 'kind', 'description']);

export function foreignToGraph(input: ForeignGraph): ForeignResult {
  const { nodes: rawNodes, edges: rawEdges } = input;
  const limits: Issue[] = [];
  if (rawNodes.length > IMPORT_LIMITS.nodes)
    limits.push({
      path: [],
      message: `the graph has ${formatCount(rawNodes.length)} nodes; at most ${formatCount(IMPORT_LIMITS.nodes)} can be opened`,
    });
  if (rawEdges.length > IMPORT_LIMITS.edges)
    limits.push({
      path: [],
      message: `the graph has ${formatCount(rawEdges.length)} edges; at most ${formatCount(IMPORT_LIMITS.edges)} can be opened`,
    });
  if (limits.length) return { ok: false, issues: limits };

  // 1. Structure, in the file's own ids.
  const issues: Issue[] = [];
  const checkedNodes: CheckedNode[] = [];
  const nodeIds: (string | undefined)[] = rawNodes.map((node) => {
    const id = idOf(node.id, 'node', node.idPath, issues);
    if (id !== undefined) checkedNodes.push({ id, idPath: node.idPath });
    return id;
  });
  const checkedEdges: (CheckedEdge | undefined)[] = rawEdges.map((edge) => {
    const id = edge.id === undefined ? undefined : idOf(edge.id, 'edge', edge.idPath, issues);
    const source = idOf(edge.source, 'source', edge.sourcePath, issues);
    const target = idOf(edge.target, 'target', edge.targetPath, issues);
    if (source === undefined || target === undefined) return undefined;
    return { ...(id === undefined ? {} : { id }), kind: edgeKindOf(edge.attrs).kind, source, target, ...pathsOf(edge) };
  });
  issues.push(
    ...checkReferences(
      checkedNodes,
      checkedEdges.filter((e) => e !== undefined),
    ),
  );
  if (issues.length) return { ok: false, issues };

  // 2. Mapping: every node and edge is now known to be well formed.
  const notes = new Notes();
  const ids = rewriteIds(nodeIds as string[], notes);
  const origin = `Imported from ${FORMAT_NAMES[input.format]}.`;
  const nodes = rawNodes.map((raw, i) => mapNode(raw, nodeIds[i]!, ids.get(nodeIds[i]!)!, origin, notes));
  const nodeIdSet = new Set(nodes.map((n) => n.id));
  const edgeIds = new Set<string>();
  const edges = rawEdges.map((raw, i) => mapEdge(raw, checkedEdges[i]!, ids, nodeIdSet, edgeIds, notes));
  return { ok: true, graph: { nodes, edges }, warnings: [...notes.warnings(), ...input.notes] };
}

const pathsOf = (edge: ForeignEdge) => ({
  idPath: edge.idPath,
  sourcePath: edge.sourcePath,
  targetPath: edge.targetPath,
});

/** An id as text: strings, and finite numbers as written; anything else is a problem. */
function idOf(value: unknown, role: 'node' | 'edge' | 'source' | 'target', path: PathPart[], issues: Issue[]) {
  if (typeof value === 'string' && value.trim() !== '') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  const what = role === 'node' ? 'node id' : role === 'edge' ? 'edge id' : `edge ${role}`;
  const message =
    value === undefined
      ? role === 'node' || role === 'edge'
        ? `${role === 'node' ? 'a node' : 'an edge'} needs an id`
        : `an edge needs a ${role}`
      : typeof value === 'string'
        ? `${what} must not be empty`
        : `${what} must be text or a number, not ${describeValue(value)}`;
  issues.push({ path, message });
  return undefined;
}

/** Original id → app id: valid kebab-case ids stay; the rest are rewritten, never colliding. */
function rewriteIds(originals: readonly string[], notes: Notes): Map<string, string> {
  const result = new Map<string, string>();
  const taken = new Set<string>();
  const keeps = (id: string) => id.length <= ID_MAX && Id.safeParse(id).success;
  for (const id of originals)
    if (keeps(id)) {
      result.set(id, id);
      taken.add(id);
    }
  for (const id of originals) {
    if (result.has(id)) continue;
    const base = kebab(id);
    let candidate = base;
    for (let n = 2; taken.has(candidate); n++) candidate = `${base}-${n}`;
    taken.add(candidate);
    result.set(id, candidate);
    notes.example('renamed', `${quote(id)} → ${candidate}`);
  }
  return result;
}

/** `"Node A (v2)"` → `node-a-v2`; accents dropped, nothing left → `node`. */
export function kebab(text: string): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, REWRITTEN_ID_MAX)
    .replace(/-+$/, '');
  return words || 'node';
}

function mapNode(raw: ForeignNode, original: string, id: string, origin: string, notes: Notes): GraphNode {
  const { attrs } = raw;
  // Label: label, else name, else the original id; shortened to what the app shows.
  const label = textOf(attrs.get('label'))?.trim() || textOf(attrs.get('name'))?.trim() || original.trim();
  const nameUsed = !textOf(attrs.get('label'))?.trim() || textOf(attrs.get('name'))?.trim() === label;
  let description = textOf(attrs.get('description'))?.trim() || undefined;
  if (attrs.has('description') && textOf(attrs.get('description')) === undefined)
    notes.invalid('node', 'description', 'a description is text', id, attrs.get('description'));
  let shortLabel = label;
  if (label.length > LABEL_MAX) {
    shortLabel = shorten(label, LABEL_MAX);
    notes.example('long-label', id);
    description ??= label;
  }
  if (description !== undefined && description.length > DESCRIPTION_MAX) {
    description = shorten(description, DESCRIPTION_MAX);
    notes.example('long-description', id);
  }
  const kindValue = attrs.get('kind');
  const kind = oneOf(NODE_KINDS, kindValue);
  if (!kind) notes.defaulted('node', kindValue);
  const node: GraphNode = {
    id,
    label: shortLabel,
    kind: kind ?? DEFAULT_NODE_KIND,
    description: description ?? origin,
  };
  for (const [name, value] of attrs) {
    if (NODE_CORE.has(name)) {
      if (name === 'name' && !nameUsed) notes.dropped('node', name);
      continue;
    }
    const listField = Object.hasOwn(LIST_FIELDS, name) ? LIST_FIELDS[name] : undefined;
    if (listField) {
      const list = rawList(value);
      if (!list) {
        notes.invalid('node', name, `${name} are a list`, id, value);
        continue;
      }
      const kept: unknown[] = [];
      for (const member of list) {
        const result = listField.member.safeParse(member);
        if (result.success) kept.push(result.data);
        else notes.invalid('node', name, listField.rule, id, member);
      }
      if (kept.length > 0 || list.length === 0) (node as Record<string, unknown>)[name] = kept;
      continue;
    }
    const field = Object.hasOwn(NODE_FIELDS, name) ? NODE_FIELDS[name] : undefined;
    if (!field) {
      notes.dropped('node', name);
      continue;
    }
    const read = field.read(value);
    if (read === undefined) notes.invalid('node', name, field.rule, id, value);
    else (node as Record<string, unknown>)[name] = read;
  }
  return node;
}

function mapEdge(
  raw: ForeignEdge,
  checked: CheckedEdge,
  ids: ReadonlyMap<string, string>,
  nodeIds: ReadonlySet<string>,
  edgeIds: Set<string>,
  notes: Notes,
): GraphEdge {
  const { attrs } = raw;
  const { kind, consumed, found } = edgeKindOf(attrs);
  if (found !== 'valid') notes.defaulted('edge', found);
  const source = ids.get(checked.source)!;
  const target = ids.get(checked.target)!;
  const generated = `${kind}:${source}->${target}`;
  let id = checked.id;
  if (id === undefined || id.length > ID_MAX || edgeIds.has(id) || nodeIds.has(id)) {
    let candidate = generated;
    for (let n = 2; edgeIds.has(candidate) || nodeIds.has(candidate); n++) candidate = `${generated}#${n}`;
    if (id !== undefined) notes.example('edge-id', `${quote(id)} → ${candidate}`);
    id = candidate;
  }
  edgeIds.add(id);
  const edge: GraphEdge = { id, kind, source, target };
  for (const [name, value] of attrs) {
    if (consumed.has(name)) continue;
    const field = Object.hasOwn(EDGE_FIELDS, name) ? EDGE_FIELDS[name] : undefined;
    if (!field) {
      notes.dropped('edge', name);
      continue;
    }
    const read = field.read(value);
    if (read === undefined) notes.invalid('edge', name, field.rule, id, value);
    else (edge as Record<string, unknown>)[name] = read;
  }
  if (kind === 'requires') edge.strength ??= 'hard';
  return edge;
}

/**
 * An edge's kind: `kind`, else `interaction` (Cytoscape desktop), when it names one of the app's
 * relations; which attributes that used up; and, when it fell back, the value found (if any).
 */
function edgeKindOf(attrs: ReadonlyMap<string, unknown>): {
  kind: EdgeKind;
  consumed: Set<string>;
  found: unknown;
} {
  const kind = oneOf(EDGE_KINDS, attrs.get('kind'));
  const interaction = oneOf(EDGE_KINDS, attrs.get('interaction'));
  if (kind) {
    const consumed = new Set(['kind']);
    if (interaction === kind) consumed.add('interaction');
    return { kind, consumed, found: 'valid' };
  }
  if (interaction) return { kind: interaction, consumed: new Set(['kind', 'interaction']), found: 'valid' };
  return {
    kind: DEFAULT_EDGE_KIND,
    consumed: new Set(['kind', 'interaction']),
    found: attrs.has('kind') ? attrs.get('kind') : attrs.get('interaction'),
  };
}

// ---------------------------------------------------------------------------------------------
// Values

function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

function parsed<T>(schema: z.ZodType<T>, value: unknown): T | undefined {
  if (value === undefined) return undefined;
  const result = schema.safeParse(value);
  return result.success ? result.data : undefined;
}

/** One of a list of words, in any case and with spaces around. */
function oneOf<T extends string>(values: readonly T[], value: unknown): T | undefined {
  if (typeof value !== 'string') return undefined;
  const word = value.trim().toLowerCase();
  return values.find((v) => v === word);
}

function readTier(value: unknown): 1 | 2 | 3 | undefined {
  const n =
    typeof value === 'number' ? value : typeof value === 'string' && /^\s*[123]\s*$/.test(value) ? Number(value) : NaN;
  return n === 1 || n === 2 || n === 3 ? n : undefined;
}

/** A list given as a list, as JSON text (`["a","b"]`, how GraphML carries lists), or as one text. */
function rawList(value: unknown): unknown[] | undefined {
  if (Array.isArray(value)) return value;
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  if (!value.trim().startsWith('[')) return [value];
  try {
    const list: unknown = JSON.parse(value);
    return Array.isArray(list) ? list : undefined;
  } catch {
    return undefined;
  }
}

const shorten = (text: string, max: number) => `${text.slice(0, max - 1).trimEnd()}…`;

// ---------------------------------------------------------------------------------------------
// Warnings: one line per kind of change, with counts and a few examples.

type Element = 'node' | 'edge';

class Notes {
  private readonly droppedAttrs = { node: new Map<string, number>(), edge: new Map<string, number>() };
  private readonly defaults = {
    node: { count: 0, found: new Map<string, number>() },
    edge: { count: 0, found: new Map<string, number>() },
  };
  private readonly invalids = new Map<
    string,
    { element: Element; field: string; rule: string; count: number; examples: string[] }
  >();
  private readonly examples = new Map<string, { count: number; examples: string[] }>();

  dropped(element: Element, name: string) {
    const map = this.droppedAttrs[element];
    map.set(name, (map.get(name) ?? 0) + 1);
  }

  defaulted(element: Element, found: unknown) {
    const entry = this.defaults[element];
    entry.count++;
    if (found !== undefined) {
      const key = typeof found === 'string' ? quote(found, 30) : describeValue(found);
      entry.found.set(key, (entry.found.get(key) ?? 0) + 1);
    }
  }

  invalid(element: Element, field: string, rule: string, id: string, value: unknown) {
    const key = `${element}\n${field}`;
    const entry = this.invalids.get(key) ?? { element, field, rule, count: 0, examples: [] };
    entry.count++;
    if (entry.examples.length < EXAMPLES) entry.examples.push(`${id}: ${brief(value)}`);
    this.invalids.set(key, entry);
  }

  example(kind: 'renamed' | 'long-label' | 'long-description' | 'edge-id', example: string) {
    const entry = this.examples.get(kind) ?? { count: 0, examples: [] };
    entry.count++;
    if (entry.examples.length < EXAMPLES) entry.examples.push(example);
    this.examples.set(kind, entry);
  }

  warnings(): string[] {
    const out: string[] = [];
    const listed = (entry: { count: number; examples: string[] }) =>
      `${entry.examples.join(', ')}${entry.count > entry.examples.length ? ', …' : ''}`;
    const renamed = this.examples.get('renamed');
    if (renamed)
      out.push(`${plural(renamed.count, 'node id was', 'node ids were')} rewritten in kebab-case: ${listed(renamed)}`);
    for (const element of ['node', 'edge'] as const) {
      const { count, found } = this.defaults[element];
      if (count === 0) continue;
      const fallback = element === 'node' ? DEFAULT_NODE_KIND : DEFAULT_EDGE_KIND;
      const seen = [...found].sort((a, b) => b[1] - a[1]);
      out.push(
        `${plural(count, element)} ${count === 1 ? 'has' : 'have'} no kind the app knows and ${count === 1 ? 'is' : 'are'} shown as "${fallback}"` +
          (seen.length
            ? ` (found: ${seen
                .slice(0, EXAMPLES)
                .map(([v, n]) => `${v} ×${n}`)
                .join(', ')}${seen.length > EXAMPLES ? ', …' : ''})`
            : ''),
      );
    }
    const dropped = (['node', 'edge'] as const)
      .filter((element) => this.droppedAttrs[element].size > 0)
      .map(
        (element) =>
          `on ${element}s ${[...this.droppedAttrs[element]]
            .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
            .map(([name, n]) => `${quote(name, 30).slice(1, -1)} (${formatCount(n)})`)
            .join(', ')}`,
      );
    if (dropped.length) out.push(`dropped attributes the app has no field for: ${dropped.join('; ')}`);
    for (const entry of this.invalids.values())
      out.push(
        `dropped ${plural(entry.count, `invalid ${entry.field} value`)} on ${entry.element}s (${entry.rule}): ${listed(entry)}`,
      );
    const long = this.examples.get('long-label');
    if (long)
      out.push(
        `${plural(long.count, 'label')} longer than ${LABEL_MAX} characters ${long.count === 1 ? 'was' : 'were'} shortened (the full text is the description where there was none): ${listed(long)}`,
      );
    const longDescription = this.examples.get('long-description');
    if (longDescription)
      out.push(
        `${plural(longDescription.count, 'description')} longer than ${DESCRIPTION_MAX} characters ${longDescription.count === 1 ? 'was' : 'were'} shortened: ${listed(longDescription)}`,
      );
    const edgeIds = this.examples.get('edge-id');
    if (edgeIds)
      out.push(
        `${plural(edgeIds.count, 'edge id was', 'edge ids were')} replaced, being too long, repeated or the id of a node: ${listed(edgeIds)}`,
      );
    return out;
  }
}

const brief = (value: unknown) => {
  if (typeof value === 'string') return quote(value, 30);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  try {
    const json = JSON.stringify(value);
    return json.length > 30 ? `${json.slice(0, 29)}…` : json;
  } catch {
    return describeValue(value);
  }
};
