/**
 * The semantic rules of graph-data, checked after the schema: ids and names are unique,
 * references resolve, prerequisites respect tiers and never loop, and the cloud data can back
 * an equivalence. Every broken rule is reported; nothing stops at the first.
 */
import { closest } from './closest.ts';
import { findCycles } from './cycles.ts';
import { formatPath, type Origin, type PathPart, type Problem } from './problems.ts';
import { isCurriculumItem, isObjectiveKind, PROVIDERS, type NodeDoc, type NodeKind } from './schema.ts';

export { isCurriculumItem };

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
  role: 'requires' | 'achieved-by' | 'category' | 'provider' | 'capability' | 'relation';
}

/** How many unknown references get "closest id" suggestions; each costs a pass over all ids. */
const MAX_HINTS = 200;

/** "a skill", "an objective". */
const aKind = (kind: NodeKind) => `${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind}`;

/** Kinds that carry a tier without being curriculum items: the tier itself and the objectives. */
const TIERED_KINDS: readonly NodeKind[] = ['tier', 'objective', 'sub-objective'];

/** Every id a node names, with where: its relations and its category. */
export function* referencesOf(doc: NodeDoc): Generator<Reference> {
  for (const [key, role] of [
    ['requires', 'requires'],
    ['achievedBy', 'achieved-by'],
  ] as const)
    for (const [i, entry] of (doc[key] ?? []).entries()) {
      if (typeof entry === 'string') yield { path: [key, i], target: entry, role };
      else if ('id' in entry) yield { path: [key, i, 'id'], target: entry.id, role };
      else for (const [j, target] of entry.anyOf.entries()) yield { path: [key, i, 'anyOf', j], target, role };
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
        // A tier's entry prerequisites may name the tier before it ("completed Tier 1").
        const tierEntry = doc.kind === 'tier' && target.kind === 'tier';
        if (!isCurriculumItem(target) && !tierEntry)
          report(doc, ref.path, `requires "${ref.target}", which is not a curriculum item (it has no tier)`);
        else if (doc.kind === 'tier' && doc.tier !== undefined && target.tier !== undefined && target.tier >= doc.tier)
          report(doc, ref.path, `Tier ${doc.tier}'s entry prerequisite "${ref.target}" must come from a lower tier`);
        else if (doc.tier !== undefined && target.tier! > doc.tier)
          report(doc, ref.path, `Tier ${doc.tier} item requires "${ref.target}" of Tier ${target.tier}`);
      }
      if (ref.role === 'achieved-by') checkAchievedBy(doc, ref, target);
    }
  }

  function checkAchievedBy(doc: NodeDoc, ref: Reference, target: NodeDoc) {
    if (doc.kind === 'objective' && target.kind !== 'sub-objective')
      report(doc, ref.path, `"${ref.target}" is ${aKind(target.kind)}; an objective is achieved by its sub-objectives`);
    else if (doc.kind === 'sub-objective' && !isCurriculumItem(target))
      report(
        doc,
        ref.path,
        `"${ref.target}" is ${aKind(target.kind)}; a sub-objective is achieved by curriculum items`,
      );
    else if (doc.kind === 'objective' && target.tier !== doc.tier)
      report(
        doc,
        ref.path,
        `sub-objective "${ref.target}" is in Tier ${target.tier}, its objective in Tier ${doc.tier}`,
      );
    else if (doc.tier !== undefined && target.tier !== undefined && target.tier > doc.tier)
      report(
        doc,
        ref.path,
        `a Tier ${doc.tier} objective cannot be achieved by "${ref.target}" of Tier ${target.tier}`,
      );
  }

  // Each sub-objective belongs to exactly one objective.
  const parents = new Map<string, NodeDoc[]>();
  for (const doc of docs)
    if (doc.kind === 'objective')
      for (const ref of referencesOf(doc))
        if (ref.role === 'achieved-by') parents.set(ref.target, [...(parents.get(ref.target) ?? []), doc]);
  for (const doc of docs) {
    if (doc.kind !== 'sub-objective') continue;
    const of = parents.get(doc.id) ?? [];
    if (of.length !== 1)
      report(
        doc,
        ['id'],
        of.length === 0
          ? `sub-objective "${doc.id}" belongs to no objective (list it in an objective's achievedBy)`
          : `sub-objective "${doc.id}" belongs to ${of.length} objectives: ${of.map((o) => o.id).join(', ')}`,
      );
  }

  // Fields that only some kinds may carry.
  for (const doc of docs) {
    if (doc.implements && doc.kind !== 'service')
      report(doc, ['implements'], `only services implement capabilities; "${doc.id}" is a ${doc.kind}`);
    if (doc.kind === 'service' && !doc.provider) report(doc, ['provider'], 'a service needs a provider');
    if (doc.provider && doc.kind !== 'service') report(doc, ['provider'], `only services have a provider`);
    if (doc.kind === 'capability' && !doc.area) report(doc, ['area'], 'a capability needs an area');
    const tiered = TIERED_KINDS.includes(doc.kind);
    if (doc.tier !== undefined && !isCurriculumItem(doc) && !tiered)
      report(doc, ['tier'], `a ${doc.kind} is not a curriculum item and takes no tier`);
    if (isObjectiveKind(doc.kind) && doc.tier === undefined)
      report(doc, ['tier'], `${aKind(doc.kind)} needs the tier whose learning objectives it is part of`);
    if (isCurriculumItem(doc) && !doc.category) report(doc, ['category'], 'a curriculum item needs a category');
    if (!isCurriculumItem(doc) && (doc.priority || doc.checklist))
      report(
        doc,
        [doc.priority ? 'priority' : 'checklist'],
        'only curriculum items (with a tier) take priority or checklist',
      );
    if (doc.requires && !isCurriculumItem(doc) && doc.kind !== 'tier')
      report(
        doc,
        ['requires'],
        'only curriculum items (with a tier) and tiers (their entry prerequisites) take requires',
      );
    if (doc.kind === 'tier' && doc.requires && doc.tier === undefined)
      report(doc, ['tier'], 'a tier with entry prerequisites needs its number (tier: 1, 2 or 3)');
    if (isObjectiveKind(doc.kind) && !doc.achievedBy?.length)
      report(doc, ['achievedBy'], `${aKind(doc.kind)} needs achievedBy: what a learner masters to achieve it`);
    if (doc.achievedBy && !isObjectiveKind(doc.kind))
      report(
        doc,
        ['achievedBy'],
        `only objectives and sub-objectives are achieved by something; "${doc.id}" is ${aKind(doc.kind)}`,
      );
    if (doc.durationMonths !== undefined && doc.kind !== 'tier')
      report(doc, ['durationMonths'], 'only tiers have a duration');
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
