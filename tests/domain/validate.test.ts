import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/domain/load-graph';
import type { Problem } from '../../src/domain/problems';
import { MINI_FILES } from '../fixtures/mini-graph';

/** The fixture with one file's text changed by `edit`, or with extra files added. */
function broken(file: string, edit: (text: string) => string, extra: { name: string; text: string }[] = []) {
  const files = MINI_FILES.map((f) => (f.name === `mini/${file}` ? { ...f, text: edit(f.text) } : f));
  return [...files, ...extra];
}

function problemsOf(files: ReturnType<typeof broken>): Problem[] {
  const result = loadGraph(files);
  if (result.ok) throw new Error('expected the data to be rejected');
  return result.problems;
}

const extraItem = (yaml: string) => ({ name: 'mini/extra.yaml', text: `nodes:\n${yaml}` });

describe('validator', () => {
  it('accepts the fixture', () => {
    expect(loadGraph(MINI_FILES).ok).toBe(true);
  });

  it('reports YAML syntax errors with file and line', () => {
    const [problem] = problemsOf([
      ...MINI_FILES,
      { name: 'mini/bad.yaml', text: 'nodes:\n  - id: x\n    label: [unclosed\n' },
    ]);
    expect(problem).toMatchObject({ file: 'mini/bad.yaml', path: '' });
    expect(problem!.message).toMatch(/^not valid YAML\/JSON/);
    expect(problem!.line).toBeGreaterThanOrEqual(3);
  });

  it('rejects links that are not https, naming the path and line', () => {
    const problems = problemsOf(
      broken('items.yaml', (t) => t.replace('aliases: [py]', 'aliases: [py], links: ["javascript:alert(1)"]')),
    );
    expect(problems).toEqual([
      {
        file: 'mini/items.yaml',
        path: 'nodes[0].links[0]',
        line: 2,
        message: 'must be an https:// URL with a domain name',
      },
    ]);
  });

  it('rejects unknown fields', () => {
    const problems = problemsOf(broken('items.yaml', (t) => t.replace('aliases: [py]', 'aliases: [py], colour: red')));
    expect(problems).toEqual([
      { file: 'mini/items.yaml', path: 'nodes[0]', line: 2, message: 'unknown field(s): colour' },
    ]);
  });

  it('rejects a partial match without a caveat', () => {
    const problems = problemsOf(broken('services.yaml', (t) => t.replace(' caveat: Fewer triggers.,', '')));
    expect(problems).toEqual([
      {
        file: 'mini/services.yaml',
        path: 'nodes[2].implements[0].caveat',
        line: 24,
        message: 'a partial match needs a one-line caveat saying what differs',
      },
    ]);
  });

  it('reports duplicate ids with where the first one is', () => {
    const problems = problemsOf(
      broken('items.yaml', (t) => t, [
        extraItem(
          '  - { id: python, label: Python 3, kind: language, tier: 1, category: basics, description: Again. }',
        ),
      ]),
    );
    expect(problems).toEqual([
      {
        file: 'mini/extra.yaml',
        path: 'nodes[0].id',
        line: 2,
        message: 'duplicate id "python" (first defined in mini/items.yaml nodes[0])',
      },
    ]);
  });

  it('reports a name used by two nodes', () => {
    const problems = problemsOf(broken('items.yaml', (t) => t.replace('aliases: [k8s]', 'aliases: [k8s, RAG]')));
    expect(problems).toEqual([
      {
        file: 'mini/items.yaml',
        path: 'nodes[7].aliases[1]',
        line: 22,
        message: 'name "RAG" is already used by "rag" (mini/items.yaml nodes[6])',
      },
    ]);
  });

  it('reports references that do not resolve, with the closest ids', () => {
    const problems = problemsOf(broken('items.yaml', (t) => t.replace('requires: [rag]', 'requires: [ragg]')));
    expect(problems).toEqual([
      { file: 'mini/items.yaml', path: 'nodes[7].requires[0]', line: 22, message: 'unknown id "ragg"; closest: rag' },
    ]);
  });

  it('prints a requires cycle', () => {
    const problems = problemsOf(
      broken('items.yaml', (t) =>
        t.replace('description: Arrays., requires: [python]', 'description: Arrays., requires: [python, pandas]'),
      ),
    );
    expect(problems.map((p) => p.message)).toContain('requires cycle: numpy → pandas → numpy');
  });

  it('rejects a lower tier requiring a higher one', () => {
    const problems = problemsOf(
      broken('items.yaml', (t) =>
        t.replace('description: Arrays., requires: [python]', 'description: Arrays., requires: [python, pytorch]'),
      ),
    );
    expect(problems).toContainEqual({
      file: 'mini/items.yaml',
      path: 'nodes[1].requires[1]',
      line: 3,
      message: 'Tier 1 item requires "pytorch" of Tier 2',
    });
  });

  it('rejects implements on something that is not a service', () => {
    const problems = problemsOf(
      broken('items.yaml', (t) =>
        t.replace(
          'description: Stats. }',
          `description: Stats., implements: [{ capability: storage, match: full, source: "https://example.com", checked: 2026-01-01 }] }`,
        ),
      ),
    );
    expect(problems).toEqual([
      {
        file: 'mini/items.yaml',
        path: 'nodes[2].implements',
        line: 4,
        message: 'only services implement capabilities; "statistics" is a skill',
      },
    ]);
  });

  it('rejects a capability offered by fewer than two providers', () => {
    const problems = problemsOf(broken('services.yaml', (t) => t.replace(/ {2}- id: gcp-storage[\s\S]*$/, '')));
    expect(problems).toEqual([
      {
        file: 'mini/structure.yaml',
        path: 'nodes[3].id',
        line: 5,
        message: 'capability "storage" is offered by only aws; an equivalence needs at least two of aws, azure, gcp',
      },
    ]);
  });

  it('rejects Tier 2 and 3 items that no prerequisite path reaches', () => {
    const problems = problemsOf(
      broken('items.yaml', (t) => t, [
        extraItem(
          [
            '  - { id: lonely, label: Lonely, kind: skill, tier: 2, category: basics, description: No prerequisites. }',
            '  - { id: floating, label: Floating, kind: skill, tier: 3, category: basics, description: Only Tier 3 below., requires: [orbit] }',
            '  - { id: orbit, label: Orbit, kind: skill, tier: 3, category: basics, description: Loops back., requires: [floating] }',
          ].join('\n'),
        ),
      ]),
    ).filter((p) => p.file === 'mini/extra.yaml');
    expect(problems.map((p) => p.message)).toEqual([
      'Tier 2 item "lonely" has no prerequisites, so no path leads to it',
      'requires cycle: floating → orbit → floating',
      '"floating" is unreachable: its prerequisites never lead back to a Tier 1 item',
      '"orbit" is unreachable: its prerequisites never lead back to a Tier 1 item',
    ]);
  });

  it('rejects requires pointing at something outside the curriculum', () => {
    const problems = problemsOf(
      broken('items.yaml', (t) => t.replace('requires: [rag]', 'requires: [rag, azure-functions]')),
    );
    expect(problems).toEqual([
      {
        file: 'mini/items.yaml',
        path: 'nodes[7].requires[1]',
        line: 22,
        message: 'requires "azure-functions", which is not a curriculum item (it has no tier)',
      },
    ]);
  });

  it('reports every problem of every file at once', () => {
    const problems = problemsOf(
      broken('items.yaml', (t) => t.replace('requires: [rag]', 'requires: [ragg]'), [
        { name: 'mini/bad.yaml', text: 'nodes: [{ id: Bad_Id }]' },
      ]),
    );
    expect(new Set(problems.map((p) => p.file))).toEqual(new Set(['mini/bad.yaml', 'mini/items.yaml']));
    expect(problems.length).toBeGreaterThanOrEqual(4);
  });
});

describe('validator at scale', () => {
  it('follows a 10,000-step prerequisite chain without running out of stack', () => {
    const lines = [
      'nodes:',
      '  - { id: c, label: C, kind: category, description: Category. }',
      '  - { id: n0, label: N0, kind: skill, tier: 1, category: c, description: Root. }',
    ];
    for (let i = 10_000; i >= 1; i--)
      lines.push(
        `  - { id: n${i}, label: N${i}, kind: skill, tier: 2, category: c, description: Step., requires: [n${i - 1}] }`,
      );
    const result = loadGraph([{ name: 'chain.yaml', text: lines.join('\n') }]);
    expect(result.ok ? [] : result.problems.slice(0, 3)).toEqual([]);
  }, 60_000); // 10,000 nodes through the whole validator: slow on a busy machine
});

describe('validator: learning objectives and tiers', () => {
  const objectives = (yaml: string) => ({ name: 'mini/objectives.yaml', text: `nodes:\n${yaml}` });
  const valid = `  - { id: o, label: Ship it, kind: objective, tier: 2, description: Goal., achievedBy: [s] }
  - { id: s, label: Retrieve, kind: sub-objective, tier: 2, description: Part., achievedBy: [rag, { anyOf: [pytorch, tensorflow] }] }
`;
  const messages = (yaml: string) =>
    problemsOf([...MINI_FILES, objectives(yaml)]).map((p) => `${p.path}: ${p.message}`);

  it('accepts objectives achieved by sub-objectives achieved by items, and makes achieved-by edges', () => {
    const result = loadGraph([...MINI_FILES, objectives(valid)]);
    if (!result.ok) throw new Error(result.problems[0]!.message);
    const edges = result.graph.edges.filter((e) => e.kind === 'achieved-by');
    expect(edges.map((e) => `${e.source}->${e.target}${e.group ? ' (any of)' : ''}`)).toEqual([
      'o->s',
      's->rag',
      's->pytorch (any of)',
      's->tensorflow (any of)',
    ]);
  });

  it('rejects an objective achieved by an item, and a sub-objective achieved by an objective', () => {
    expect(messages(valid.replace('achievedBy: [s]', 'achievedBy: [s, rag]'))).toEqual([
      'nodes[0].achievedBy[1]: "rag" is a skill; an objective is achieved by its sub-objectives',
    ]);
    expect(messages(valid.replace('achievedBy: [rag,', 'achievedBy: [o,'))).toEqual([
      'nodes[1].achievedBy[0]: "o" is an objective; a sub-objective is achieved by curriculum items',
    ]);
  });

  it('rejects a sub-objective in no objective, and one achieved by a higher tier', () => {
    const orphan = `${valid}  - { id: t, label: Lonely, kind: sub-objective, tier: 2, description: Part., achievedBy: [kubernetes] }\n`;
    expect(messages(orphan)).toEqual([
      'nodes[2].achievedBy[0]: a Tier 2 objective cannot be achieved by "kubernetes" of Tier 3',
      'nodes[2].id: sub-objective "t" belongs to no objective (list it in an objective\'s achievedBy)',
    ]);
  });

  it('requires achievedBy and a tier on objectives, and allows achievedBy nowhere else', () => {
    expect(
      messages(valid.replace(', achievedBy: [s] }', ' }').replace('tier: 2, description: Goal.', 'description: Goal.')),
    ).toEqual([
      'nodes[0].achievedBy: an objective needs achievedBy: what a learner masters to achieve it',
      'nodes[0].tier: an objective needs the tier whose learning objectives it is part of',
      'nodes[1].id: sub-objective "s" belongs to no objective (list it in an objective\'s achievedBy)',
    ]);
    const onItem = problemsOf(
      broken('items.yaml', (t) =>
        t.replace('aliases: [k8s], requires: [rag]', 'aliases: [k8s], requires: [rag], achievedBy: [rag]'),
      ),
    );
    expect(onItem.map((p) => p.message)).toEqual([
      'only objectives and sub-objectives are achieved by something; "kubernetes" is a platform',
    ]);
  });

  it('takes tier entry prerequisites from lower tiers only, and a duration on tiers only', () => {
    const tiers =
      objectives(`  - { id: tier-1, label: Tier 1, kind: tier, tier: 1, description: First., durationMonths: 12 }
  - { id: tier-2, label: Tier 2, kind: tier, tier: 2, description: Second., durationMonths: 12, requires: [tier-1, python, rag] }
`);
    const problems = problemsOf([...MINI_FILES, tiers]).map((p) => `${p.path}: ${p.message}`);
    expect(problems).toEqual(['nodes[1].requires[2]: Tier 2\'s entry prerequisite "rag" must come from a lower tier']);
    const duration = problemsOf(
      broken('items.yaml', (t) => t.replace('aliases: [k8s],', 'aliases: [k8s], durationMonths: 3,')),
    );
    expect(duration.map((p) => p.message)).toEqual(['only tiers have a duration']);
  });
});
