/**
 * One foreign node or edge as the app's: its fields read by the rules below (values that break a
 * rule are dropped and said so), its kind known or defaulted. See foreign.ts for the whole mapping.
 */
import { z } from 'zod';
import type { GraphEdge, GraphNode } from '../../graph.ts';
import {
  AREAS,
  EDGE_KINDS,
  HttpsUrl,
  ID_MAX,
  Id,
  MATCHES,
  NODE_KINDS,
  PRIORITIES,
  PROVIDERS,
  STRENGTHS,
  type EdgeKind,
} from '../../schema.ts';
import type { CheckedEdge } from './checks.ts';
import type { ForeignEdge, ForeignNode } from './foreign.ts';
import { Notes } from './foreign-notes.ts';
import {
  DEFAULT_EDGE_KIND,
  DEFAULT_NODE_KIND,
  DESCRIPTION_MAX,
  LABEL_MAX,
  oneOf,
  parsed,
  rawList,
  readTier,
  shorten,
  textOf,
} from './foreign-values.ts';
import { quote } from './text.ts';

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

export function mapNode(raw: ForeignNode, original: string, id: string, origin: string, notes: Notes): GraphNode {
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

export function mapEdge(
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
export function edgeKindOf(attrs: ReadonlyMap<string, unknown>): {
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
