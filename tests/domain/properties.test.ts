// @vitest-environment node
/**
 * Properties of the domain queries on random, valid graphs (see tests/fixtures/random-graph.ts).
 * Each property restates what a query promises in terms of the raw edges, and checks the query
 * against that on a hundred or so graphs; fast-check shrinks a failure to a small graph.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildIndex, outEdges, type GraphIndex } from '../../src/domain/graph-index';
import { Graph, toGraph, type GraphEdge } from '../../src/domain/graph';
import { prerequisiteClosure, unlocks } from '../../src/domain/queries/closure';
import { equivalents, translate, type Counterpart } from '../../src/domain/queries/equivalents';
import { shortestPath } from '../../src/domain/queries/path';
import { learningPlan, type Plan, type PlanChoice } from '../../src/domain/queries/plan';
import { createSearch } from '../../src/domain/queries/search';
import { EDGE_KINDS, PROVIDERS, type EdgeKind, type NodeDoc } from '../../src/domain/schema';
import { validateSemantics } from '../../src/domain/validate';
import {
  dagSpecArbitrary,
  graphArbitrary,
  randomDag,
  randomDagSpec,
  specToDocs,
  specToGraph,
} from '../fixtures/random-graph';

/** `PROPERTY_RUNS=5000 npx vitest run tests/domain/properties.test.ts` for a deeper hunt. */
const RUNS = { numRuns: Number(process.env.PROPERTY_RUNS ?? 150) };

/** Curriculum items: the nodes a plan or closure is about. */
const itemsOf = (graph: Graph) => graph.nodes.filter((n) => n.tier !== undefined).map((n) => n.id);
const servicesOf = (graph: Graph) => graph.nodes.filter((n) => n.kind === 'service').map((n) => n.id);

/** The requires edges a query follows from `id`: hard ones, and recommended ones when asked. */
const followed = (index: GraphIndex, id: string, includeRecommended: boolean) =>
  outEdges(index, id, 'requires').filter((e) => includeRecommended || e.strength !== 'recommended');

/** Everything reachable from `start` over `next`, excluding `start` (a plain DFS, no index). */
function reach(start: string, next: (id: string) => readonly string[]): Set<string> {
  const seen = new Set<string>();
  const stack = [start];
  while (stack.length > 0)
    for (const other of next(stack.pop()!))
      if (!seen.has(other)) {
        seen.add(other);
        stack.push(other);
      }
  seen.delete(start);
  return seen;
}

/** Requires adjacency straight from the edge list, so the checks do not lean on the index. */
function requiresAdjacency(graph: Graph, includeRecommended: boolean) {
  const adjacency = new Map<string, string[]>();
  for (const e of graph.edges)
    if (e.kind === 'requires' && (includeRecommended || e.strength !== 'recommended'))
      adjacency.set(e.source, [...(adjacency.get(e.source) ?? []), e.target]);
  return (id: string) => adjacency.get(id) ?? [];
}

describe('the random graph generator', () => {
  it('produces graphs the validator accepts: tiers respected, no cycles, names unique', () => {
    fc.assert(
      fc.property(dagSpecArbitrary(), (spec) => {
        const docs = specToDocs(spec);
        expect(validateSemantics({ docs, origins: new Map() })).toEqual([]);
        expect(new Set(docs.map((d) => d.id)).size).toBe(docs.length);
        const graph = Graph.parse(specToGraph(spec));
        const byId = new Map(graph.nodes.map((n) => [n.id, n]));
        for (const e of graph.edges.filter((e) => e.kind === 'requires')) {
          expect(byId.get(e.target)!.tier!).toBeLessThanOrEqual(byId.get(e.source)!.tier!);
          if (e.source.startsWith('n')) expect(Number(e.target.slice(1))).toBeLessThan(Number(e.source.slice(1)));
        }
        expect(new Set(graph.edges.map((e) => e.id)).size).toBe(graph.edges.length);
      }),
      RUNS,
    );
  });

  it('is deterministic for a seed and valid at larger sizes', () => {
    const options = { nodes: 300, seed: 7, cloud: { capabilities: 8, servicesPerProvider: 4 } } as const;
    expect(randomDag(options)).toEqual(randomDag(options));
    expect(validateSemantics({ docs: specToDocs(randomDagSpec(options)), origins: new Map() })).toEqual([]);
    const curriculum = { nodes: 2000, seed: 3, window: 50, areas: { foundation: 100, areaSize: 200 } };
    expect(validateSemantics({ docs: specToDocs(randomDagSpec(curriculum)), origins: new Map() })).toEqual([]);
    const graph = randomDag(options);
    expect(graph.edges.some((e) => e.group)).toBe(true);
    expect(graph.edges.some((e) => e.strength === 'recommended')).toBe(true);
    expect(new Set(graph.nodes.filter((n) => n.provider).map((n) => n.provider))).toEqual(new Set(PROVIDERS));
  });
});

// ---------------------------------------------------------------------------------------------
// Learning plan

const planInput = graphArbitrary().chain((graph) => {
  const items = itemsOf(graph);
  const groups = new Map<string, string[]>();
  for (const e of graph.edges) if (e.group) groups.set(e.group, [...(groups.get(e.group) ?? []), e.target]);
  const groupIds = [...groups.keys()];
  return fc.record({
    graph: fc.constant(graph),
    targets: fc.array(fc.constantFrom(...items, 'no-such-item'), { minLength: 1, maxLength: 4 }),
    known: fc.subarray(items, { maxLength: Math.ceil(items.length / 3) }),
    includeRecommended: fc.boolean(),
    // The learner's pick for some groups: a member, or an id that is not one (to be ignored).
    choices: fc
      .tuple(...groupIds.map((g) => fc.option(fc.constantFrom(...groups.get(g)!, 'not-a-member'), { nil: undefined })))
      .map((picks) => Object.fromEntries(groupIds.flatMap((g, i) => (picks[i] === undefined ? [] : [[g, picks[i]!]])))),
  });
});

describe('learning plan', () => {
  it('lists every prerequisite before what needs it, keeps known items out, and records one choice per open group', () => {
    fc.assert(
      fc.property(planInput, ({ graph, targets, known, includeRecommended, choices }) => {
        const index = buildIndex(graph);
        const plan = learningPlan(index, targets, { known, includeRecommended, choices });
        const knownSet = new Set(known);
        const position = new Map(plan.steps.map((s, i) => [s.id, i]));
        const before = (prerequisite: string, item: string) => {
          const at = position.get(prerequisite);
          expect(at, `${prerequisite} (needed by ${item}) is missing from the plan`).toBeDefined();
          expect(at!, `${prerequisite} comes after ${item}`).toBeLessThan(position.get(item)!);
        };

        // No duplicates, nothing known, every existing target that is not known.
        expect(position.size).toBe(plan.steps.length);
        for (const step of plan.steps) expect(knownSet.has(step.id), `known ${step.id} is planned`).toBe(false);
        const existing = [...new Set(targets)].filter((t) => index.byId.has(t));
        expect(plan.targets).toEqual(existing);
        for (const target of existing) if (!knownSet.has(target)) expect(position.has(target)).toBe(true);
        for (const step of plan.steps) expect(step.isTarget).toBe(existing.includes(step.id));

        // At most one record per (item, group), only for planned items.
        const recorded = new Map<string, PlanChoice>();
        for (const choice of plan.choices) {
          const key = `${choice.by} / ${choice.group}`;
          expect(recorded.has(key), `two choices for ${key}`).toBe(false);
          recorded.set(key, choice);
          expect(position.has(choice.by), `choice recorded for unplanned ${choice.by}`).toBe(true);
        }

        // Each step's prerequisites as the plan should have chosen them.
        const chosen = new Map<string, string[]>();
        let openGroups = 0;
        for (const step of plan.steps) {
          const prerequisites: string[] = [];
          const groups = new Map<string, GraphEdge[]>();
          for (const e of followed(index, step.id, includeRecommended)) {
            if (e.group) groups.set(e.group, [...(groups.get(e.group) ?? []), e]);
            else if (!knownSet.has(e.target)) prerequisites.push(e.target);
          }
          for (const [group, edges] of groups) {
            const members = edges.map((e) => e.target);
            const record = recorded.get(`${step.id} / ${group}`);
            if (members.some((m) => knownSet.has(m))) {
              expect(record, `${group} is satisfied by a known member, yet recorded`).toBeUndefined();
              continue;
            }
            openGroups++;
            expect(record, `no choice recorded for ${group} of ${step.id}`).toBeDefined();
            expect(record!.options).toEqual(members);
            expect(members).toContain(record!.chosen);
            const wish = choices[group];
            if (wish !== undefined && members.includes(wish)) expect(record!.chosen).toBe(wish);
            prerequisites.push(record!.chosen);
          }
          for (const p of prerequisites) before(p, step.id);
          // Every group is satisfied: a known member or a planned one.
          for (const edges of groups.values())
            expect(edges.some((e) => knownSet.has(e.target) || position.has(e.target))).toBe(true);
          chosen.set(step.id, prerequisites);
        }
        expect(plan.choices.length).toBe(openGroups);

        // `via`: exactly the planned items that chose this step; only targets may have none.
        const via = new Map<string, Set<string>>();
        for (const [item, prerequisites] of chosen)
          for (const p of prerequisites) via.set(p, (via.get(p) ?? new Set()).add(item));
        for (const step of plan.steps) {
          expect(step.via).toEqual([...(via.get(step.id) ?? [])].sort());
          if (!step.isTarget) expect(step.via.length, `${step.id} is in the plan for no reason`).toBeGreaterThan(0);
        }

        // `neededBy`: the targets from which the step is reached through chosen prerequisites.
        const chosenIds = (id: string) => chosen.get(id) ?? [];
        const planned = existing.filter((t) => position.has(t));
        const reachOf = new Map(planned.map((t) => [t, reach(t, chosenIds).add(t)]));
        for (const step of plan.steps)
          expect([...step.neededBy].sort()).toEqual(planned.filter((t) => reachOf.get(t)!.has(step.id)).sort());

        // Nothing outside the targets' prerequisite closure.
        const closure = prerequisiteClosure(index, existing, { includeRecommended });
        for (const step of plan.steps) expect(step.isTarget || closure.has(step.id)).toBe(true);
      }),
      RUNS,
    );
  });

  it('marks a step recommended-only exactly when no chain of chosen hard prerequisites leads to it', () => {
    fc.assert(
      fc.property(planInput, ({ graph, targets, known, includeRecommended, choices }) => {
        const index = buildIndex(graph);
        const plan = learningPlan(index, targets, { known, includeRecommended, choices });
        if (!includeRecommended) {
          for (const step of plan.steps) expect(step.recommendedOnly).toBe(false);
          return;
        }
        const hard = hardlyNeeded(index, plan);
        for (const step of plan.steps)
          expect(step.recommendedOnly, `recommendedOnly of ${step.id}`).toBe(!hard.has(step.id));
      }),
      RUNS,
    );
  });

  // Regression: the hard-reach walk once followed unchosen any-of members too. x needs one of
  // {a, b} and picks a; b is in the plan only because y recommends it.
  it('marks a step recommended-only when only a recommended edge leads to it (unchosen any-of member)', () => {
    const item = (id: string, tier: 1 | 2, requires?: NonNullable<NodeDoc['requires']>): NodeDoc => ({
      id,
      label: id.toUpperCase(),
      kind: 'skill',
      description: 'An item.',
      tier,
      category: 'cat',
      ...(requires ? { requires } : {}),
    });
    const graph = toGraph([
      { id: 'cat', label: 'Category', kind: 'category', description: 'A category.' },
      item('a', 1),
      item('b', 1),
      item('x', 2, [{ anyOf: ['a', 'b'], strength: 'hard' }]),
      item('y', 2, [{ id: 'b', strength: 'recommended' }]),
    ]);
    const plan = learningPlan(buildIndex(graph), ['x', 'y'], { includeRecommended: true });
    expect(plan.choices.map((c) => c.chosen)).toEqual(['a']);
    const b = plan.steps.find((s) => s.id === 'b')!;
    expect(b.via).toEqual(['y']); // only y leads here, through a recommended edge
    expect(b.recommendedOnly).toBe(true);
  });
});

/** The steps reached from a planned target through chosen hard prerequisites only. */
function hardlyNeeded(index: GraphIndex, plan: Plan): Set<string> {
  const inPlan = new Set(plan.steps.map((s) => s.id));
  const picked = new Map(plan.choices.map((c) => [`${c.by} / ${c.group}`, c.chosen]));
  const hardChosen = (id: string) =>
    followed(index, id, false)
      .filter((e) => (e.group ? picked.get(`${id} / ${e.group}`) === e.target : inPlan.has(e.target)))
      .map((e) => e.target);
  const hard = new Set<string>();
  for (const target of plan.targets)
    if (inPlan.has(target)) for (const id of reach(target, hardChosen).add(target)) hard.add(id);
  return hard;
}

// ---------------------------------------------------------------------------------------------
// Closure and unlocks

const closureInput = graphArbitrary({ cloud: false }).chain((graph) =>
  fc.record({
    graph: fc.constant(graph),
    includeRecommended: fc.boolean(),
    starts: fc.subarray(itemsOf(graph), { minLength: 1, maxLength: Math.min(4, itemsOf(graph).length) }),
  }),
);

describe('prerequisite closure and unlocks', () => {
  it('is the transitive union of direct prerequisites and their closures, and matches a plain walk', () => {
    fc.assert(
      fc.property(closureInput, ({ graph, includeRecommended }) => {
        const index = buildIndex(graph);
        const options = { includeRecommended };
        const closureOf = new Map(itemsOf(graph).map((id) => [id, prerequisiteClosure(index, [id], options)]));
        const adjacency = requiresAdjacency(graph, includeRecommended);
        for (const [a, closure] of closureOf) {
          expect(closure.has(a), `${a} is its own prerequisite`).toBe(false);
          expect(closure).toEqual(reach(a, adjacency));
          const union = new Set<string>();
          for (const e of followed(index, a, includeRecommended)) {
            union.add(e.target);
            for (const c of closureOf.get(e.target)!) union.add(c);
          }
          expect(closure).toEqual(union);
          for (const b of closure) for (const c of closureOf.get(b)!) expect(closure.has(c)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('of several items is the union of their closures minus the items themselves', () => {
    fc.assert(
      fc.property(closureInput, ({ graph, includeRecommended, starts }) => {
        const index = buildIndex(graph);
        const union = new Set(starts.flatMap((s) => [...prerequisiteClosure(index, [s], { includeRecommended })]));
        for (const s of starts) union.delete(s);
        expect(prerequisiteClosure(index, starts, { includeRecommended })).toEqual(union);
      }),
      RUNS,
    );
  });

  it('unlocks is the inverse of closure: b ∈ unlocks(a) ⇔ a ∈ closure(b)', () => {
    fc.assert(
      fc.property(closureInput, ({ graph, includeRecommended }) => {
        const index = buildIndex(graph);
        const items = itemsOf(graph);
        const closureOf = new Map(items.map((id) => [id, prerequisiteClosure(index, [id], { includeRecommended })]));
        for (const a of items) {
          const opened = unlocks(index, [a], { includeRecommended });
          for (const b of items) expect(opened.has(b), `${b} ∈ unlocks(${a})`).toBe(closureOf.get(b)!.has(a));
          for (const b of opened) expect(index.byId.has(b)).toBe(true);
        }
      }),
      RUNS,
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Shortest path

/** Breadth-first distances from `from` over the raw edge list. */
function bfsDistance(graph: Graph, from: string, to: string, kinds: readonly EdgeKind[], directed: boolean) {
  const next = new Map<string, string[]>();
  const link = (a: string, b: string) => next.set(a, [...(next.get(a) ?? []), b]);
  for (const e of graph.edges)
    if (kinds.includes(e.kind)) {
      link(e.source, e.target);
      if (!directed) link(e.target, e.source);
    }
  const distance = new Map([[from, 0]]);
  for (let frontier = [from]; frontier.length > 0;) {
    const following: string[] = [];
    for (const id of frontier)
      for (const other of next.get(id) ?? [])
        if (!distance.has(other)) {
          distance.set(other, distance.get(id)! + 1);
          following.push(other);
        }
    frontier = following;
  }
  return distance.get(to);
}

const pathInput = graphArbitrary().chain((graph) => {
  const ids = graph.nodes.map((n) => n.id);
  return fc.record({
    graph: fc.constant(graph),
    pairs: fc.array(fc.tuple(fc.constantFrom(...ids), fc.constantFrom(...ids)), { minLength: 1, maxLength: 10 }),
    kinds: fc.option(fc.subarray([...EDGE_KINDS]), { nil: undefined }),
    directed: fc.boolean(),
  });
});

describe('shortest path', () => {
  it('joins consecutive nodes by the returned edges, and is as short as a brute-force BFS (null iff unreachable)', () => {
    fc.assert(
      fc.property(pathInput, ({ graph, pairs, kinds, directed }) => {
        const index = buildIndex(graph);
        const edgeIds = new Set(graph.edges.map((e) => e.id));
        const allowed = kinds ?? EDGE_KINDS;
        for (const [from, to] of pairs) {
          const path = shortestPath(index, from, to, { ...(kinds ? { kinds } : {}), directed });
          const distance = bfsDistance(graph, from, to, allowed, directed);
          if (distance === undefined) {
            expect(path, `a path ${from} → ${to} where none exists`).toBeNull();
            continue;
          }
          expect(path, `no path ${from} → ${to} though one of length ${distance} exists`).not.toBeNull();
          const { nodes, edges } = path!;
          expect(nodes[0]).toBe(from);
          expect(nodes.at(-1)).toBe(to);
          expect(edges.length).toBe(nodes.length - 1);
          expect(edges.length).toBe(distance);
          expect(new Set(nodes).size).toBe(nodes.length);
          edges.forEach((e, i) => {
            expect(edgeIds.has(e.id)).toBe(true);
            expect(allowed).toContain(e.kind);
            const [a, b] = [nodes[i]!, nodes[i + 1]!];
            if (directed) expect([e.source, e.target]).toEqual([a, b]);
            else expect([e.source, e.target].sort()).toEqual([a, b].sort());
          });
        }
      }),
      RUNS,
    );
  });

  it('is null for an unknown end', () => {
    const index = buildIndex(randomDag({ nodes: 5, seed: 3 }));
    expect(shortestPath(index, 'n0', 'missing')).toBeNull();
    expect(shortestPath(index, 'missing', 'n0')).toBeNull();
    expect(shortestPath(index, 'n0', 'n0')).toEqual({ nodes: ['n0'], edges: [] });
  });
});

// ---------------------------------------------------------------------------------------------
// Cross-cloud equivalence and translation

const cloudGraph = graphArbitrary({ maxNodes: 4 });

/**
 * A row, the same whichever side it is seen from: the pair, capability, grade and caveats (as a set).
 * Sources are compared by URL only: when both claims cite the same URL, a row keeps the claim of
 * the service asked about, so its `checked` date may differ between the two directions.
 */
const rowKey = (from: string, row: Counterpart) =>
  JSON.stringify([
    [from, row.service].sort(),
    row.capability,
    row.match,
    row.caveats.map((c) => JSON.stringify(c)).sort(),
  ]);

describe('equivalents', () => {
  it('is symmetric: B counterpart of A for C ⇔ A counterpart of B for C, with the same grade and caveats', () => {
    fc.assert(
      fc.property(cloudGraph, (graph) => {
        const index = buildIndex(graph);
        const services = servicesOf(graph);
        const rowsOf = new Map(services.map((s) => [s, equivalents(index, s)]));
        const forward: string[] = [];
        const backward: string[] = [];
        for (const [a, rows] of rowsOf)
          for (const row of rows) {
            forward.push(rowKey(a, row));
            const mirror = rowsOf.get(row.service)!.filter((r) => r.service === a && r.capability === row.capability);
            expect(mirror.length, `${row.service} does not list ${a} for ${row.capability}`).toBe(1);
            expect(mirror[0]!.match).toBe(row.match);
            const set = (r: typeof row) => r.caveats.map((c) => JSON.stringify(c)).sort();
            expect(set(mirror[0]!)).toEqual(set(row));
            expect(new Set(mirror[0]!.sources.map((s) => s.url))).toEqual(new Set(row.sources.map((s) => s.url)));
            backward.push(rowKey(row.service, mirror[0]!));
          }
        expect(forward.sort()).toEqual(backward.sort());
      }),
      RUNS,
    );
  });

  it('lists exactly the services of other providers that share a capability, graded by the weaker claim', () => {
    fc.assert(
      fc.property(cloudGraph, fc.constantFrom(undefined, ...PROVIDERS), (graph, only) => {
        const index = buildIndex(graph);
        const implementsOf = (id: string) => graph.edges.filter((e) => e.kind === 'implements' && e.source === id);
        for (const a of servicesOf(graph)) {
          const own = index.byId.get(a)!.provider;
          const expected: string[] = [];
          for (const mine of implementsOf(a))
            for (const b of servicesOf(graph)) {
              const provider = index.byId.get(b)!.provider;
              if (provider === own || (only && provider !== only)) continue;
              const theirs = implementsOf(b).find((e) => e.target === mine.target);
              if (!theirs) continue;
              const match = mine.match === 'partial' || theirs.match === 'partial' ? 'partial' : 'full';
              expected.push(JSON.stringify([b, provider, mine.target, match]));
            }
          const rows = equivalents(index, a, only);
          expect(rows.map((r) => JSON.stringify([r.service, r.provider, r.capability, r.match])).sort()).toEqual(
            expected.sort(),
          );
          if (only) expect(rows).toEqual(equivalents(index, a).filter((r) => r.provider === only));
        }
      }),
      RUNS,
    );
  });
});

const translateInput = cloudGraph.chain((graph) => {
  const ids = graph.nodes.map((n) => n.id);
  return fc.record({
    graph: fc.constant(graph),
    inputs: fc.array(fc.oneof(fc.constantFrom(...servicesOf(graph)), fc.constantFrom(...ids, 'no-such-service')), {
      maxLength: 8,
    }),
    to: fc.constantFrom(...PROVIDERS),
  });
});

describe('translate', () => {
  it('puts every distinct input exactly once in mapped or in gaps, with a consistent reason', () => {
    fc.assert(
      fc.property(translateInput, ({ graph, inputs, to }) => {
        const index = buildIndex(graph);
        const { mapped, gaps } = translate(index, inputs, to);
        const seen = [...mapped, ...gaps].map((t) => t.from);
        expect(seen.sort()).toEqual([...new Set(inputs)].sort());
        for (const t of [...mapped, ...gaps]) {
          const node = index.byId.get(t.from);
          const capabilities = outEdges(index, t.from, 'implements').map((e) => e.target);
          const covered = new Set(t.counterparts.map((c) => c.capability));
          for (const c of t.counterparts) expect(c.provider).toBe(to);
          if (node?.kind !== 'service') expect(t.reason).toBe('not-a-service');
          else if (capabilities.length === 0) expect(t.reason).toBe('no-capability');
          else expect([...covered, ...t.missing].sort()).toEqual([...capabilities].sort());
        }
        for (const t of mapped) {
          expect(t.counterparts.length).toBeGreaterThan(0);
          expect(t.reason).toBeUndefined();
        }
        for (const t of gaps) expect(t.counterparts).toEqual([]);
      }),
      RUNS,
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Search

describe('search', () => {
  it('puts an item first when searched by its exact label or id', () => {
    fc.assert(
      fc.property(graphArbitrary({ maxNodes: 12 }), (graph) => {
        const index = buildIndex(graph);
        const search = createSearch(index);
        for (const node of graph.nodes) {
          expect(search(node.label)[0]?.id).toBe(node.id);
          expect(search(node.id.toUpperCase())[0]?.id).toBe(node.id);
        }
      }),
      { numRuns: 50 },
    );
  });
});
