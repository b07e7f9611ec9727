/**
 * Fuzz targets: what every parser of outside input must do with anything at all, as fast-check
 * properties. `tests/domain/formats/properties.test.ts` runs each a couple of hundred times with
 * the unit tests; `npm run fuzz` (tests/fuzz/run-fuzz.ts) runs each at least ten thousand times.
 *
 * - importGraph: arbitrary bytes, text, JSON values, graph-shaped JSON and GraphML, and valid files
 *   of every format mutated: never throws, and gives either a graph the app can rely on (schema,
 *   unique ids, edges between nodes, no prerequisite loop) or a non-empty list of problems.
 * - parseUrl: arbitrary query strings always give a valid view of the real graph.
 * - readProgress: arbitrary text always gives a valid progress or an error.
 */
import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { stringify as toYaml } from 'yaml';
import { createAtlas } from '../../src/domain/atlas';
import { findCycles } from '../../src/domain/cycles';
import {
  atlasJsonLosses,
  exportAppJson,
  exportCytoscapeJson,
  exportGraphJson,
  exportGraphML,
  toDocs,
} from '../../src/domain/formats/export-graph';
import { FORMATS, importGraph, type ImportResult } from '../../src/domain/formats/import-graph';
import { Graph } from '../../src/domain/graph';
import type { GraphIndex } from '../../src/domain/graph-index';
import { LEVELS } from '../../src/domain/levels';
import { readProgress } from '../../src/domain/progress';
import { EDGE_KINDS, PROVIDERS } from '../../src/domain/vocabulary';
import { FILTER_DIMENSIONS } from '../../src/store/filters';
import { parseUrl } from '../../src/store/url-state';
import { DIRECTIONS, FILTER_MODES, LAYOUTS, TRACE_MODES, VIEWS } from '../../src/store/view-options';
import { graphArbitrary } from '../fixtures/random-graph';

const encoder = new TextEncoder();

// ---------------------------------------------------------------------------------------------
// What must hold

/** Why an import result breaks its promise, or null when it keeps it. */
export function importViolation(name: string, result: ImportResult): string | null {
  if (Object.keys(Object.prototype).length > 0 || ({} as Record<string, unknown>).polluted !== undefined)
    return `Object.prototype was polluted: ${Object.keys(Object.prototype).join(', ')}`;
  if (!result.ok) {
    if (!Array.isArray(result.problems) || result.problems.length === 0) return 'failed without a problem';
    for (const p of result.problems) {
      if (p.file !== name) return `problem names the file ${JSON.stringify(p.file)}, not ${JSON.stringify(name)}`;
      if (typeof p.path !== 'string') return 'problem without a path';
      if (typeof p.message !== 'string' || p.message.trim() === '') return 'problem without a message';
      if (p.line !== undefined && !(Number.isInteger(p.line) && p.line >= 1)) return `bad line ${p.line}`;
      // The safety nets of importGraph: reaching one is a bug, however well it is worded.
      if (p.message.startsWith('could not read the file:') || p.message.startsWith('could not be turned into a graph'))
        return `internal error: ${p.message}`;
    }
    return null;
  }
  if (!FORMATS.includes(result.format)) return `unknown format ${String(result.format)}`;
  if (!result.warnings.every((w) => typeof w === 'string' && w !== '')) return 'empty warning';
  const { graph } = result;
  const parsed = Graph.safeParse(graph);
  if (!parsed.success) return `graph fails the Graph schema: ${parsed.error.issues[0]?.message}`;
  if (!isDeepStrictEqual(parsed.data, graph)) return 'graph changes when parsed by the Graph schema';
  if (graph.nodes.length === 0) return 'empty graph';
  const ids = new Set(graph.nodes.map((n) => n.id));
  if (ids.size !== graph.nodes.length) return 'duplicate node ids';
  const edgeIds = new Set(graph.edges.map((e) => e.id));
  if (edgeIds.size !== graph.edges.length) return 'duplicate edge ids';
  for (const e of graph.edges) {
    if (!ids.has(e.source) || !ids.has(e.target)) return `edge ${e.id} has a missing end`;
    if (ids.has(e.id)) return `edge id ${e.id} is also a node id`;
  }
  const requires = new Map<string, string[]>();
  for (const e of graph.edges)
    if (e.kind === 'requires') requires.set(e.source, [...(requires.get(e.source) ?? []), e.target]);
  const cycles = findCycles(requires);
  if (cycles.length) return `requires cycle ${cycles[0]!.join(' → ')}`;
  return exportViolation(graph);
}

/**
 * Why some export of a graph that opened does not open again as the same graph, or null: every
 * format round-trips; Atlas JSON, which derives edge ids, up to those ids and what
 * `atlasJsonLosses` says it cannot hold.
 */
export function exportViolation(graph: Graph): string | null {
  const withDerivedIds = (g: Graph) =>
    sorted({ ...g, edges: g.edges.map((e) => ({ ...e, id: `${e.kind}:${e.source}->${e.target}` })) });
  for (const [format, { name, write }] of Object.entries(FORMAT_WRITERS)) {
    const again = importGraph({ name, bytes: encoder.encode(write(graph)) });
    if (!again.ok)
      return `its ${format} export does not open: ${again.problems[0]?.path} ${again.problems[0]?.message}`;
    const atlas = format.startsWith('app');
    if (atlas ? atlasJsonLosses(graph).length > 0 : false) continue;
    if (
      !isDeepStrictEqual(
        atlas ? withDerivedIds(again.graph) : sorted(again.graph),
        atlas ? withDerivedIds(graph) : sorted(graph),
      )
    )
      return `its ${format} export opens as another graph`;
  }
  return null;
}

export function checkImport(name: string, bytes: Uint8Array): void {
  const violation = importViolation(name, importGraph({ name, bytes }));
  if (violation) throw new Error(violation);
}

/** Sorted nodes and edges, for comparing graphs up to order. */
export const sorted = (graph: Graph): Graph => ({
  nodes: [...graph.nodes].sort((a, b) => a.id.localeCompare(b.id)),
  edges: [...graph.edges].sort((a, b) => a.id.localeCompare(b.id)),
});

// ---------------------------------------------------------------------------------------------
// Inputs for importGraph

const EXTENSIONS = ['json', 'yaml', 'yml', 'cyjs', 'graphml', 'xml', 'txt', 'dot', 'csv', 'JSON', ''];
export const fileNameArb = fc.constantFrom(...EXTENSIONS).map((ext) => (ext ? `upload.${ext}` : 'upload'));

/** Words that matter to some parser, to splice into files. */
const TOKENS = [
  '"',
  "'",
  '{',
  '}',
  '[',
  ']',
  ',',
  ':',
  '<',
  '>',
  '/',
  '&',
  '&amp;',
  '&#0;',
  '&#13;',
  '&lt',
  '<![CDATA[',
  ']]>',
  '<!--',
  '-->',
  '<!DOCTYPE a [<!ENTITY e "x">]>',
  '&e;',
  '__proto__',
  '"__proto__"',
  'constructor',
  'prototype',
  'null',
  'true',
  '-1',
  '0',
  '3',
  '1e999',
  '""',
  '"requires"',
  'requires',
  '"integrates-with"',
  '\n',
  '\t',
  ' ',
  '- ',
  '*a',
  '&a ',
  '!!binary ',
  '? ',
  '%YAML 1.1\n',
  '---\n',
  '\u0000',
  '\uFFFE',
  '\uD800',
  '\uFEFF',
  '<node id="x"/>',
  '<edge source="x" target="y"/>',
  '<graph>',
  '</graph>',
  '"id"',
  '"source"',
  '"target"',
  '"kind"',
  '"tier"',
  '"data"',
  '"elements"',
  '"nodes"',
  '"edges"',
  '{"data":{"id":"x"}}',
  '<script>alert(1)</script>',
];

const LEAVES = [
  'a',
  'b',
  'n0',
  'n1',
  'A',
  'Node A',
  '',
  ' ',
  'requires',
  'uses',
  'integrates-with',
  'offered-by',
  'implements',
  'tool',
  'skill',
  'service',
  'capability',
  'aws',
  'hard',
  'recommended',
  'full',
  'partial',
  'essential',
  'compute',
  '1',
  '2',
  '3',
  'https://example.com/x',
  'http://example.com',
  '[]',
  '["a","b"]',
  '[1',
  '2026-01-01',
  '<script>alert(1)</script>',
  '__proto__',
  'constructor',
  'x'.repeat(90),
];
const KEYS = [
  'id',
  'label',
  'name',
  'kind',
  'description',
  'tier',
  'category',
  'priority',
  'provider',
  'area',
  'aliases',
  'formerNames',
  'links',
  'tags',
  'checklist',
  'source',
  'target',
  'strength',
  'group',
  'match',
  'caveat',
  'sourceUrl',
  'checked',
  'interaction',
  'requires',
  'uses',
  'alternativeTo',
  'buildsOn',
  'integratesWith',
  'implements',
  'anyOf',
  'capability',
  'SUID',
  'shared_name',
  'data',
  'position',
  'classes',
  'elements',
  'nodes',
  'edges',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
];

const leafArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...LEAVES) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 2, arbitrary: fc.integer({ min: -2, max: 4 }) },
  { weight: 1, arbitrary: fc.constantFrom(null, true, false, 1.5, -0, 1e308) },
);

/** A JSON value built from the words above: deep enough to reach the mappers, small enough to shrink. */
const valueArb: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leafArb,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom(...KEYS), tie('value'), { maxKeys: 5 }),
  ),
})).value;

const idArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('a', 'b', 'c', 'A', 'Node A', 'a-b', '1', '__proto__', 'constructor') },
  { weight: 2, arbitrary: fc.constantFrom(1, 2, 1.5, -0, null, true, '', ' ', {}, []) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
);

const record = (fields: Record<string, fc.Arbitrary<unknown>>) =>
  fc
    .record(fields, { requiredKeys: [] })
    .chain((base) =>
      fc.dictionary(fc.constantFrom(...KEYS), valueArb, { maxKeys: 2 }).map((extra) => ({ ...extra, ...base })),
    );

const dataArb = record({
  id: idArb,
  source: idArb,
  target: idArb,
  label: leafArb,
  kind: leafArb,
  tier: leafArb,
  aliases: valueArb,
});
const elementArb = fc.record(
  {
    group: fc.constantFrom('nodes', 'edges', 'x'),
    data: fc.oneof({ weight: 9, arbitrary: dataArb }, valueArb),
    position: valueArb,
  },
  { requiredKeys: ['data'] },
);
const docArb = record({
  id: idArb,
  label: leafArb,
  kind: leafArb,
  description: leafArb,
  tier: leafArb,
  category: leafArb,
  requires: fc.array(
    fc.oneof(idArb, record({ id: idArb, strength: leafArb }), record({ anyOf: fc.array(idArb), strength: leafArb })),
  ),
  uses: fc.array(idArb, { maxLength: 3 }),
  implements: fc.array(record({ capability: idArb, match: leafArb, source: leafArb, checked: leafArb })),
});
const graphEdgeArb = record({
  id: idArb,
  kind: leafArb,
  source: idArb,
  target: idArb,
  strength: leafArb,
  group: leafArb,
});

/** Values shaped like each format, with the wrong thing in some places. */
const graphShapedArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.array(elementArb, { maxLength: 8 }),
  fc.record({ elements: fc.array(elementArb, { maxLength: 8 }) }),
  fc.record({
    elements: fc.record(
      { nodes: fc.array(elementArb, { maxLength: 6 }), edges: fc.array(elementArb, { maxLength: 6 }) },
      { requiredKeys: [] },
    ),
  }),
  fc.record({ nodes: fc.array(docArb, { maxLength: 6 }) }),
  fc.record({ nodes: fc.array(docArb, { maxLength: 6 }), edges: fc.array(graphEdgeArb, { maxLength: 6 }) }),
);

const xmlText = (raw: boolean) => (text: unknown) => {
  const s = String(text);
  return raw ? s : s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
};

/** GraphML documents: keys of every type, data, missing and odd ids, nesting, undirected edges. */
const graphmlArb: fc.Arbitrary<string> = fc
  .record({
    raw: fc.boolean(),
    keys: fc.array(
      fc.record({
        id: fc.constantFrom('d0', 'd1', 'd2', 'label', 'k'),
        for: fc.constantFrom('node', 'edge', 'all', 'graph'),
        name: fc.constantFrom(...KEYS),
        type: fc.constantFrom('string', 'int', 'long', 'double', 'float', 'boolean', 'weird'),
        fallback: fc.option(leafArb, { nil: undefined }),
      }),
      { maxLength: 4 },
    ),
    edgedefault: fc.constantFrom('directed', 'undirected'),
    nodes: fc.array(
      fc.record({
        id: fc.option(idArb, { nil: undefined }),
        data: fc.array(fc.tuple(fc.constantFrom('d0', 'd1', 'd2', 'label', 'k', 'nope'), leafArb), { maxLength: 3 }),
        nested: fc.boolean(),
      }),
      { maxLength: 6 },
    ),
    edges: fc.array(
      fc.record({
        id: fc.option(idArb, { nil: undefined }),
        source: fc.option(idArb, { nil: undefined }),
        target: fc.option(idArb, { nil: undefined }),
        directed: fc.constantFrom(undefined, 'true', 'false'),
        data: fc.array(fc.tuple(fc.constantFrom('d0', 'd1', 'd2', 'label', 'k'), leafArb), { maxLength: 3 }),
      }),
      { maxLength: 6 },
    ),
  })
  .map(({ raw, keys, edgedefault, nodes, edges }) => {
    const x = xmlText(raw);
    const attr = (name: string, value: unknown) => (value === undefined ? '' : ` ${name}="${x(value)}"`);
    const data = (pairs: [string, unknown][]) => pairs.map(([k, v]) => `<data key="${k}">${x(v)}</data>`).join('');
    const out = ['<?xml version="1.0"?>', '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">'];
    for (const k of keys)
      out.push(
        `<key id="${k.id}" for="${k.for}" attr.name="${x(k.name)}" attr.type="${k.type}">${k.fallback === undefined ? '' : `<default>${x(k.fallback)}</default>`}</key>`,
      );
    out.push(`<graph edgedefault="${edgedefault}">`);
    nodes.forEach((n, i) =>
      out.push(
        `<node${attr('id', n.id)}>${data(n.data)}${n.nested ? `<graph><node id="inner${i}"/></graph>` : ''}</node>`,
      ),
    );
    for (const e of edges)
      out.push(
        `<edge${attr('id', e.id)}${attr('source', e.source)}${attr('target', e.target)}${attr('directed', e.directed)}>${data(e.data)}</edge>`,
      );
    out.push('</graph>', '</graphml>');
    return out.join('\n');
  });

/** A valid file of every format, from a small random graph. */
export const FORMAT_WRITERS = {
  'app JSON': { name: 'graph.json', write: exportAppJson },
  'app YAML': { name: 'graph.yaml', write: (g: Graph) => toYaml({ nodes: toDocs(g) }) },
  'graph JSON': { name: 'graph.json', write: exportGraphJson },
  'Cytoscape JSON': { name: 'graph.cyjs', write: exportCytoscapeJson },
  GraphML: { name: 'graph.graphml', write: exportGraphML },
} as const;
export type WriterName = keyof typeof FORMAT_WRITERS;

type Mutation =
  | { op: 'delete'; at: number; length: number }
  | { op: 'insert'; at: number; text: string }
  | { op: 'replace'; at: number; length: number; text: string }
  | { op: 'truncate'; at: number }
  | { op: 'duplicate'; at: number; length: number; to: number };

const spliceArb = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...TOKENS) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
);
const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 20 }) }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: spliceArb }),
  fc.record({
    op: fc.constant('replace' as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 8 }),
    text: spliceArb,
  }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({
    op: fc.constant('duplicate' as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 60 }),
    to: fc.nat(),
  }),
);

function mutate(text: string, mutations: readonly Mutation[]): string {
  let out = text;
  for (const m of mutations) {
    const at = m.at % (out.length + 1);
    switch (m.op) {
      case 'delete':
        out = out.slice(0, at) + out.slice(at + m.length);
        break;
      case 'insert':
        out = out.slice(0, at) + m.text + out.slice(at);
        break;
      case 'replace':
        out = out.slice(0, at) + m.text + out.slice(at + m.length);
        break;
      case 'truncate':
        out = out.slice(0, at);
        break;
      case 'duplicate': {
        const piece = out.slice(at, at + m.length);
        const to = m.to % (out.length + 1);
        out = out.slice(0, to) + piece + out.slice(to);
        break;
      }
    }
  }
  return out;
}

/** A valid file of one format, mutated 0–4 times; unmutated, it must open as the same graph. */
export function mutatedFileArb(format: WriterName) {
  const { name, write } = FORMAT_WRITERS[format];
  return fc
    .record({ graph: graphArbitrary({ maxNodes: 6 }), mutations: fc.array(mutationArb, { maxLength: 4 }) })
    .map(({ graph, mutations }) => ({ graph, mutations, name, text: mutate(write(graph), mutations) }));
}

export function checkMutated({
  graph,
  mutations,
  name,
  text,
}: {
  graph: Graph;
  mutations: readonly Mutation[];
  name: string;
  text: string;
}) {
  const result = importGraph({ name, bytes: encoder.encode(text) });
  const violation = importViolation(name, result);
  if (violation) throw new Error(violation);
  if (mutations.length === 0) {
    if (!result.ok) throw new Error(`a valid file did not open: ${result.problems[0]?.message}`);
    if (!isDeepStrictEqual(sorted(result.graph), sorted(graph)))
      throw new Error('a valid file opened as another graph');
  }
}

/** Raw bytes, and UTF-8 text with bytes overwritten or cut (mid-character too). */
const bytesArb: fc.Arbitrary<Uint8Array> = fc.oneof(
  fc.uint8Array({ maxLength: 400 }),
  fc
    .record({
      text: fc.oneof(
        fc.string({ unit: 'binary', maxLength: 100 }),
        graphShapedArb.map((v) => JSON.stringify(v)),
      ),
      flips: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 3 }),
      cut: fc.option(fc.nat(), { nil: undefined }),
    })
    .map(({ text, flips, cut }) => {
      const bytes = encoder.encode(text);
      for (const [at, value] of flips) if (bytes.length) bytes[at % bytes.length] = value;
      return cut === undefined ? bytes : bytes.slice(0, cut % (bytes.length + 1));
    }),
);

/** Every import target: name, arbitrary, and the check of one input. */
export const IMPORT_TARGETS: { name: string; arbitrary: fc.Arbitrary<unknown>; check: (input: never) => void }[] = [
  {
    name: 'importGraph: arbitrary bytes',
    arbitrary: fc.tuple(fileNameArb, bytesArb),
    check: ([name, bytes]: [string, Uint8Array]) => checkImport(name, bytes),
  },
  {
    name: 'importGraph: arbitrary text',
    arbitrary: fc.tuple(
      fileNameArb,
      fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ maxLength: 300 })),
    ),
    check: ([name, text]: [string, string]) => checkImport(name, encoder.encode(text)),
  },
  {
    name: 'importGraph: arbitrary JSON',
    arbitrary: fc.tuple(fileNameArb, fc.jsonValue({ maxDepth: 6 })),
    check: ([name, value]: [string, unknown]) => checkImport(name, encoder.encode(JSON.stringify(value))),
  },
  {
    name: 'importGraph: graph-shaped JSON and YAML',
    arbitrary: fc.tuple(fileNameArb, graphShapedArb, fc.boolean()),
    check: ([name, value, yaml]: [string, unknown, boolean]) =>
      checkImport(name, encoder.encode(yaml ? toYaml(value) : JSON.stringify(value))),
  },
  {
    name: 'importGraph: generated GraphML',
    arbitrary: fc.tuple(fileNameArb, graphmlArb),
    check: ([name, text]: [string, string]) => checkImport(name, encoder.encode(text)),
  },
  ...(Object.keys(FORMAT_WRITERS) as WriterName[]).map((format) => ({
    name: `importGraph: mutated ${format}`,
    arbitrary: mutatedFileArb(format),
    check: checkMutated,
  })),
];

// ---------------------------------------------------------------------------------------------
// parseUrl and readProgress, against the real graph's index

const URL_KEYS = [
  'sel',
  'focus',
  'depth',
  'dir',
  'layout',
  'view',
  'mode',
  'level',
  'trace',
  'trace.id',
  'alone',
  'from',
  'to',
  'path.kinds',
  'plan',
  'rec',
  'pick',
  'edges.off',
  'stack',
  'stack.to',
  ...FILTER_DIMENSIONS.map((d) => `off.${d}`),
  '__proto__',
  'constructor',
  'hasOwnProperty',
  'x',
];

function urlArb(index: GraphIndex): fc.Arbitrary<string> {
  const ids = [...index.byId.keys()].slice(0, 40);
  const value = fc.oneof(
    fc.constantFrom(
      ...ids,
      ...LAYOUTS,
      ...VIEWS,
      ...DIRECTIONS,
      ...EDGE_KINDS,
      ...LEVELS,
      ...PROVIDERS,
      '1',
      '2',
      '3',
      '0',
      '4',
    ),
    fc.array(fc.constantFrom(...ids, ...EDGE_KINDS, 'x~y', 'a~b~c', '~'), { maxLength: 4 }).map((l) => l.join(',')),
    fc.string({ unit: 'binary', maxLength: 10 }),
    fc.constantFrom('%', '%E0%A4%A', '%00', '%FF', 'a'.repeat(300), '__proto__', 'constructor'),
  );
  const structured = fc
    .array(fc.tuple(fc.constantFrom(...URL_KEYS), value, fc.boolean()), { maxLength: 8 })
    .map(
      (pairs) =>
        `?${pairs.map(([k, v, raw]) => (raw ? `${k}=${v}` : `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)).join('&')}`,
    );
  return fc.oneof(
    structured,
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.webQueryParameters().map((q) => `?${q}`),
  );
}

/** Why a parsed view is not a view of this graph, or null. */
function viewViolation(view: ReturnType<typeof parseUrl>['view'], index: GraphIndex): string | null {
  const item = (id: unknown) => typeof id === 'string' && index.byId.has(id);
  const within = <T>(list: readonly T[], value: unknown) => list.includes(value as T);
  if (view.selectedId !== null && !item(view.selectedId)) return 'selection is not an item';
  if (
    view.focus &&
    (!item(view.focus.id) || !within([1, 2, 3], view.focus.depth) || !within(DIRECTIONS, view.focus.direction))
  )
    return 'bad focus';
  if (!within(FILTER_MODES, view.filters.mode) || !view.filters.offEdgeKinds.every((k) => within(EDGE_KINDS, k)))
    return 'bad filters';
  for (const d of FILTER_DIMENSIONS)
    if (!Array.isArray(view.filters.off[d]) || !view.filters.off[d].every((v) => typeof v === 'string'))
      return `bad off.${d}`;
  if (!within(LAYOUTS, view.layout) || !within(VIEWS, view.view)) return 'bad layout or view';
  if (view.level !== null && !within(LEVELS, view.level)) return 'bad level';
  if (
    view.trace &&
    (!within(TRACE_MODES, view.trace.mode) || !item(view.trace.id) || typeof view.trace.alone !== 'boolean')
  )
    return 'bad trace';
  if (
    view.path &&
    (!item(view.path.from) || !item(view.path.to) || !view.path.kinds.every((k) => within(EDGE_KINDS, k)))
  )
    return 'bad path';
  if (
    !view.plan.targets.every(item) ||
    view.plan.targets.length > 50 ||
    typeof view.plan.includeRecommended !== 'boolean'
  )
    return 'bad plan';
  if (!Object.values(view.plan.choices).every((v) => typeof v === 'string')) return 'bad plan choices';
  if (!view.translation.services.every(item) || !within(PROVIDERS, view.translation.to)) return 'bad translation';
  return null;
}

const progressArb = (index: GraphIndex) => {
  const ids = [...index.byId.keys()].slice(0, 20);
  const key = fc.oneof(
    fc.constantFrom(...ids, '__proto__', 'constructor', 'gone', ''),
    fc.string({ maxLength: 5 }),
    fc.constant('x'.repeat(201)),
  );
  const status = fc.oneof(fc.constantFrom('learned', 'learning', 'not-started', 'x', 1, null), leafArb);
  const structured = fc
    .record(
      {
        version: fc.constantFrom(1, 2, 3, '2', null, 2.5),
        items: fc.oneof(fc.dictionary(key, status, { maxKeys: 6 }), valueArb),
        learned: fc.oneof(fc.array(key, { maxLength: 5 }), valueArb),
        extra: valueArb,
      },
      { requiredKeys: [] },
    )
    .map((v) => JSON.stringify(v));
  return fc.oneof(
    structured,
    fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.constantFrom('', 'null', '[', '{"version":2,"items":{"__proto__":"learned"}}'),
  );
};

function progressViolation(reading: ReturnType<typeof readProgress>, index: GraphIndex): string | null {
  if (!reading.ok) return typeof reading.error === 'string' && reading.error !== '' ? null : 'error without a message';
  const { progress, notes } = reading;
  if (progress.version !== 2) return 'not version 2';
  if (Object.getPrototypeOf(progress.items) !== Object.prototype) return 'items with another prototype';
  for (const [id, status] of Object.entries(progress.items)) {
    if (!index.byId.has(id)) return `kept an unknown id ${id}`;
    if (status !== 'learned' && status !== 'learning') return `bad status ${String(status)}`;
  }
  return notes.every((n) => typeof n === 'string') ? null : 'bad notes';
}

/** parseUrl and readProgress targets, for an index (the real graph's). */
export function stateTargets(
  index: GraphIndex,
): { name: string; arbitrary: fc.Arbitrary<unknown>; check: (input: never) => void }[] {
  return [
    {
      name: 'parseUrl: arbitrary query strings',
      arbitrary: urlArb(index),
      check: (search: string) => {
        const { view, dropped } = parseUrl(search, index);
        const violation =
          viewViolation(view, index) ?? (dropped.every((d) => typeof d === 'string') ? null : 'bad dropped');
        if (violation) throw new Error(violation);
      },
    },
    {
      name: 'readProgress: arbitrary text',
      arbitrary: progressArb(index),
      check: (text: string) => {
        const violation = progressViolation(readProgress(text, index), index);
        if (violation) throw new Error(violation);
        if (Object.keys(Object.prototype).length > 0) throw new Error('Object.prototype was polluted');
      },
    },
  ];
}

export const atlasIndex = (graph: Graph) => createAtlas(graph).index;
