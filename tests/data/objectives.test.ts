/**
 * The curriculum's learning objectives, tier prerequisites and durations, checked against the
 * tier pages themselves (copies in tests/fixtures/reference): every objective and sub-objective is
 * in the graph under its tier, each achieved by real items, and the queries built on them work.
 */
import { describe, expect, it } from 'vitest';
import { inEdges, outEdges } from '../../src/domain/graph-index';
import { learningPlan } from '../../src/domain/queries/plan';
import { objectiveProgress, objectivesServedBy } from '../../src/domain/queries/objectives';
import { isCurriculumItem } from '../../src/domain/vocabulary';
import { realAtlas } from '../fixtures/real-atlas';
import { referenceObjectives, referenceTierFacts } from '../fixtures/reference-items';

const { index } = realAtlas();
const label = (id: string) => index.byId.get(id)!.label;
const ofKind = (kind: string) => index.graph.nodes.filter((n) => n.kind === kind);

/**
 * Names the graph cannot use as they stand, since another node holds them: the Tier 3 objective
 * "Advanced ML" shares its name with the Advanced ML category.
 */
const RENAMED: Record<string, string> = { 'Advanced ML': 'Advanced ML techniques' };

describe('learning objectives', () => {
  const reference = referenceObjectives();

  it('reads 15 objectives and 45 sub-objectives from the three tier pages', () => {
    expect(reference.map((o) => o.tier)).toEqual([1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3]);
    expect(reference.flatMap((o) => o.subObjectives)).toHaveLength(45);
  });

  it('holds every objective and sub-objective of the tier pages, in their tier, and nothing else', () => {
    for (const objective of reference) {
      const name = RENAMED[objective.name] ?? objective.name;
      const node = ofKind('objective').find((n) => n.label === name);
      expect(node, `objective "${name}"`).toBeDefined();
      expect(node!.tier).toBe(objective.tier);
      const subs = outEdges(index, node!.id, 'achieved-by').map((e) => index.byId.get(e.target)!);
      expect(subs.map((s) => s.label)).toEqual(objective.subObjectives);
      for (const sub of subs) expect([sub.kind, sub.tier]).toEqual(['sub-objective', objective.tier]);
    }
    expect(ofKind('objective')).toHaveLength(reference.length);
    expect(ofKind('sub-objective')).toHaveLength(reference.flatMap((o) => o.subObjectives).length);
  });

  it('ties every sub-objective to curriculum items of its tier or below', () => {
    for (const sub of ofKind('sub-objective')) {
      const items = outEdges(index, sub.id, 'achieved-by').map((e) => index.byId.get(e.target)!);
      expect(items.length, sub.label).toBeGreaterThan(0);
      for (const item of items) {
        expect(isCurriculumItem(item), `${sub.label} → ${item.label}`).toBe(true);
        expect(item.tier!).toBeLessThanOrEqual(sub.tier!);
      }
    }
  });

  it('plans for an objective as for an item: "Implement RAG systems" leads through RAG Systems', () => {
    const plan = learningPlan(index, ['t2-implement-rag-systems']);
    const steps = plan.steps.map((s) => s.id);
    expect(steps).toContain('rag-systems');
    expect(steps).toContain('python');
    expect(steps).not.toContain('t2-implement-rag-systems');
    // Prerequisites first, as for any plan.
    expect(steps.indexOf('python')).toBeLessThan(steps.indexOf('rag-systems'));
    // The any-of group of the sub-objective is a choice the learner can change.
    expect(plan.choices.find((c) => c.by === 't2-implement-rag-systems')?.options).toEqual(['langchain', 'llamaindex']);
    // The whole objective holds its three parts.
    const whole = learningPlan(index, ['t2-build-advanced-ml']).steps.map((s) => s.id);
    for (const id of ['rag-systems', 'peft', 'lora', 'embedding-models']) expect(whole).toContain(id);
  });

  it('counts an objective met part by part, one member of an any-of group being enough', () => {
    const before = objectiveProgress(index, new Set()).find((o) => o.id === 't2-build-advanced-ml')!;
    expect(before.met).toBe(0);
    const after = objectiveProgress(index, new Set(['rag-systems', 'llamaindex'])).find(
      (o) => o.id === 't2-build-advanced-ml',
    )!;
    expect(after.met).toBe(1);
    const rag = after.subObjectives.find((s) => s.id === 't2-implement-rag-systems')!;
    expect(rag).toMatchObject({ met: true, requirements: 2, satisfied: 2 });
  });

  it('says which objectives an item serves', () => {
    expect(objectivesServedBy(index, 'docker')).toEqual(
      expect.arrayContaining([
        { objective: 't2-deploy-to-production', subObjective: 't2-containerize-applications-with-docker' },
      ]),
    );
    expect(objectivesServedBy(index, 'mlflow').map((s) => label(s.subObjective))).toContain(
      'Track experiments with MLflow',
    );
  });
});

describe('tier facts', () => {
  const facts = referenceTierFacts();
  /** Each "Prerequisites" bullet of the tier pages and the nodes that stand for it. */
  const PREREQUISITES: Record<string, string[]> = {
    'Completed Tier 1 fundamentals': ['tier-1'],
    'Solid Python and SQL skills': ['python', 'sql'],
    'Basic ML model building experience': ['predictive-analytics'],
    'Familiarity with Git and command line': ['git-github', 'bash'],
    'Mastered Tier 1 and Tier 2 skills': ['tier-2'],
    'Production deployment experience': ['docker', 'ci-cd'],
    'Strong programming fundamentals': ['python'],
    'Cloud platform proficiency': ['aws', 'azure', 'gcp'],
  };

  it('gives each tier its entry prerequisites as requires edges', () => {
    for (const { tier, prerequisites } of facts) {
      const expected = new Set(prerequisites.flatMap((p) => PREREQUISITES[p] ?? [`(unmapped: ${p})`]));
      const actual = new Set(outEdges(index, `tier-${tier}`, 'requires').map((e) => e.target));
      expect(actual, `Tier ${tier}`).toEqual(expected);
    }
    // "What Python unlocks" counts items, never the tiers that list it as an entry prerequisite.
    expect(inEdges(index, 'python', 'requires').some((e) => e.source === 'tier-2')).toBe(true);
  });

  it('gives each tier the duration its page states', () => {
    for (const { tier, duration } of facts) {
      const node = index.byId.get(`tier-${tier}`)!;
      expect(node.tier).toBe(tier);
      expect(duration).toContain(`${node.durationMonths} months`);
    }
  });
});
