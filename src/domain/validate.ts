/**
 * The semantic rules of graph-data, checked after the schema: ids and names are unique,
 * references resolve, prerequisites respect tiers and never loop, and the cloud data can back
 * an equivalence. Every broken rule is reported; nothing stops at the first.
 */
import { closest } from './closest.ts';
import { findCycles } from './cycles.ts';
import { formatPath, type Origin, type PathPart, type Problem } from './problems.ts';
import { PROVIDERS, type NodeDoc, type NodeKind } from './schema.ts';

export interface ValidationInput {
  docs: readonly NodeDoc[];
  origins: ReadonlyMap<NodeDoc, Origin>;
  lineOf?: (file: string, path: readonly PathPart[]) => number | undefined;
  /** Ids of nodes already reported as schema-invalid. */
  rejectedIds?: ReadonlySet<string>;
}

/** A reference from a node to another id, with where it sits inside the node. */
export interface Reference {
  path: PathPart[];
  target: string;
  role: 'requires' | 'category' | 'provider' | 'capability' | 'relation';
}

/** How many unknown references get "closest id" suggestions; each costs a pass over all ids. */
const MAX_HINTS = 200;

const CURRICULUM_KINDS_EXCLUDED: readonly NodeKind[] = ['tier', 'category', 'capability'];

export const isCurriculumItem = (doc: Pick<NodeDoc, 'tier' | 'kind'>) =>
  doc.tier !== undefined && !CURRICULUM_KINDS_EXCLUDED.includes(doc.kind);

/** Every id a node names, with where: its relations and its category. */
export function* referencesOf(doc: NodeDoc): Generator<Reference> {
  for (const [i, entry] of (doc.requires ?? []).entries()) {
    if (typeof entry === 'string') yield { path: ['requires', i], target: entry, role: 'requires' };
    else if ('id' in entry) yield { path: ['requires', i, 'id'], target: entry.id, role: 'requires' };
    else
      for (const [j, target] of entry.anyOf.entries())
        yield { path: ['requires', i, 'anyOf', j], target, role: 'requires' };
  }
  if (doc.category) yield { path: ['category'], target: doc.category, role: 'category' };
  if (doc.provider) yield { path: ['provider'], target: doc.provider, role: 'provider' };
  for (const [i, imp] of (doc.implements ?? []).entries())
    yield { path: ['implements', i, 'capability'], target: imp.capability, role: 'capability' };
  for (const key of ['alternativeTo', 'buildsOn', 'uses', 'integratesWith'] as const)
    for (const [i, target] of (doc[key] ?? []).entries()) yield { path: [key, i], target, role: 'relation' };
}

const EXPECTED_KIND: Partial<Record<Reference['role'], NodeKind>> = {
  category: 'category',
  provider: 'provider',
  capability: 'capability',
};

/** Requires targets of a node, flattening any-of groups. */
const requiredIds = (doc: NodeDoc) =>
  (doc.requires ?? []).flatMap((e) => (typeof e === 'string' ? [e] : 'id' in e ? [e.id] : e.anyOf));

export function validateSemantics({ docs, origins, lineOf, rejectedIds = new Set() }: ValidationInput): Problem[] {
  const problems: Problem[] = [];
  const report = (doc: NodeDoc, path: PathPart[], message: string) => {
    const origin = origins.get(doc) ?? { file: '(unknown file)', index: -1 };
    const full: PathPart[] = ['nodes', origin.index, ...path];
    const line = lineOf?.(origin.file, full);
    problems.push({ file: origin.file, path: formatPath(full), ...(line === undefined ? {} : { line }), message });
  };
  const where = (doc: NodeDoc) => {
    const o = origins.get(doc);
    return o ? `${o.file} nodes[${o.index}]` : 'another file';
  };

  // Unique ids.
  const byId = new Map<string, NodeDoc>();
  for (const doc of docs) {
    const first = byId.get(doc.id);
    if (first) report(doc, ['id'], `duplicate id "${doc.id}" (first defined in ${where(first)})`);
    else byId.set(doc.id, doc);
  }

  // Unique names: a label, alias or former name must lead to one node only.
  const byName = new Map<string, NodeDoc>();
  for (const doc of docs) {
    const names: [PathPart[], string][] = [
      [['label'], doc.label],
      ...(doc.aliases ?? []).map((a, i): [PathPart[], string] => [['aliases', i], a]),
      ...(doc.formerNames ?? []).map((a, i): [PathPart[], string] => [['formerNames', i], a]),
    ];
    const own = new Set<string>();
    for (const [path, name] of names) {
      const key = name.trim().toLowerCase();
      if (own.has(key)) continue;
      own.add(key);
      const holder = byName.get(key);
      if (holder && holder !== doc)
        report(doc, path, `name "${name}" is already used by "${holder.id}" (${where(holder)})`);
      else byName.set(key, doc);
    }
  }

  // References resolve to a node of the right kind.
  const dangling = new Set<string>();
  let hinted = 0; // nodes with an unresolved prerequisite: reported once, not again as unreachable
  for (const doc of docs) {
    // One relation per field and target: `toGraph` names an edge by its kind and ends.
    const stated = new Map<string, PathPart[]>();
    for (const ref of referencesOf(doc)) {
      const relation = `${ref.path[0]}\n${ref.target}`;
      const first = stated.get(relation);
      if (first) report(doc, ref.path, `repeats "${ref.target}" (first at ${formatPath(first)}); state it once`);
      else stated.set(relation, ref.path);
      const target = byId.get(ref.target);
      if (!target && rejectedIds.has(ref.target)) {
        if (ref.role === 'requires') dangling.add(doc.id);
        continue;
      }
      if (!target) {
        if (ref.role === 'requires') dangling.add(doc.id);
        // Suggestions compare against every id: on a file full of broken references, stop offering them.
        const hint = ++hinted <= MAX_HINTS ? closest(ref.target, byId.keys()) : [];
        report(doc, ref.path, `unknown id "${ref.target}"${hint.length ? `; closest: ${hint.join(', ')}` : ''}`);
        continue;
      }
      if (ref.target === doc.id) report(doc, ref.path, `"${doc.id}" refers to itself`);
      const kind = EXPECTED_KIND[ref.role];
      if (kind && target.kind !== kind)
        report(doc, ref.path, `"${ref.target}" is a ${target.kind}, but ${ref.role} must name a ${kind}`);
      if (ref.role === 'requires') {
        if (!isCurriculumItem(target))
          report(doc, ref.path, `requires "${ref.target}", which is not a curriculum item (it has no tier)`);
        else if (doc.tier !== undefined && target.tier! > doc.tier)
          report(doc, ref.path, `Tier ${doc.tier} item requires "${ref.target}" of Tier ${target.tier}`);
      }
    }
  }

  // Fields that only some kinds may carry.
  for (const doc of docs) {
    if (doc.implements && doc.kind !== 'service')
      report(doc, ['implements'], `only services implement capabilities; "${doc.id}" is a ${doc.kind}`);
    if (doc.kind === 'service' && !doc.provider) report(doc, ['provider'], 'a service needs a provider');
    if (doc.provider && doc.kind !== 'service') report(doc, ['provider'], `only services have a provider`);
    if (doc.kind === 'capability' && !doc.area) report(doc, ['area'], 'a capability needs an area');
    if (doc.tier !== undefined && !isCurriculumItem(doc))
      report(doc, ['tier'], `a ${doc.kind} is not a curriculum item and takes no tier`);
    if (isCurriculumItem(doc) && !doc.category) report(doc, ['category'], 'a curriculum item needs a category');
    if (!isCurriculumItem(doc) && (doc.priority || doc.checklist || doc.requires))
      report(
        doc,
        [doc.priority ? 'priority' : doc.checklist ? 'checklist' : 'requires'],
        'only curriculum items (with a tier) take priority, checklist or requires',
      );
  }

  // Prerequisites never loop.
  const adjacency = new Map(docs.map((d) => [d.id, requiredIds(d).filter((t) => byId.has(t) || rejectedIds.has(t))]));
  for (const cycle of findCycles(adjacency))
    report(byId.get(cycle[0]!)!, ['requires'], `requires cycle: ${cycle.join(' → ')}`);

  // Every Tier 2 and 3 item is reachable from the Tier 1 foundation through its prerequisites:
  // walk backwards from Tier 1 (no recursion: imported chains can be thousands long). A node that
  // failed the schema was reported already; it counts as reaching, rather than cascade.
  const requiredBy = new Map<string, string[]>();
  for (const [id, targets] of adjacency) for (const t of targets) requiredBy.set(t, [...(requiredBy.get(t) ?? []), id]);
  const reached = new Set<string>([...rejectedIds, ...docs.filter((d) => d.tier === 1).map((d) => d.id)]);
  const queue = [...reached];
  for (let head = 0; head < queue.length; head++)
    for (const dependant of requiredBy.get(queue[head]!) ?? [])
      if (!reached.has(dependant)) {
        reached.add(dependant);
        queue.push(dependant);
      }
  const reaches = (id: string) => reached.has(id);
  for (const doc of docs) {
    if (!isCurriculumItem(doc) || doc.tier === 1 || dangling.has(doc.id)) continue;
    if (requiredIds(doc).length === 0)
      report(doc, ['requires'], `Tier ${doc.tier} item "${doc.id}" has no prerequisites, so no path leads to it`);
    else if (!reaches(doc.id))
      report(doc, ['requires'], `"${doc.id}" is unreachable: its prerequisites never lead back to a Tier 1 item`);
  }

  // Equivalence needs a capability offered by at least two providers.
  const providersOf = new Map<string, Set<string>>();
  for (const doc of docs)
    for (const imp of doc.implements ?? []) {
      if (!doc.provider) continue;
      const set = providersOf.get(imp.capability) ?? new Set<string>();
      set.add(doc.provider);
      providersOf.set(imp.capability, set);
    }
  for (const doc of docs) {
    if (doc.kind !== 'capability') continue;
    const offered = [...(providersOf.get(doc.id) ?? [])];
    if (offered.length < 2)
      report(
        doc,
        ['id'],
        `capability "${doc.id}" is offered by ${offered.length ? `only ${offered.join(', ')}` : 'no provider'}; an equivalence needs at least two of ${PROVIDERS.join(', ')}`,
      );
  }

  return problems;
}
