/** The real curriculum: it loads, it is complete, and the relations it states are there. */
import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/domain/load-graph';
import { readGraphData } from '../../src/cli/read-graph-data';
import { outEdges } from '../../src/domain/graph-index';
import { isCurriculumItem } from '../../src/domain/validate';
import { learningPlan } from '../../src/domain/queries/plan';
import { equivalents } from '../../src/domain/queries/equivalents';
import { resolveName } from '../../src/domain/queries/resolve';
import { buildsOnRows, checklistItems, tier2DocumentRows } from '../fixtures/reference-items';
import { realAtlas } from '../fixtures/real-atlas';

const { index } = realAtlas();
const nodes = index.graph.nodes;
/** The curriculum's cloud services are AWS's: its "API Gateway" is Amazon API Gateway, not Google's. */
const resolve = (name: string) => {
  const r = resolveName(index, name, { provider: 'aws' });
  return r.status === 'found' ? r.id : undefined;
};

describe('graph-data', () => {
  it('passes the validator', () => {
    const result = loadGraph(readGraphData());
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('holds every checklist item, at the checklist’s tier', () => {
    const items = checklistItems();
    // The checklist's summary says 53/95/27, but its rows number 56/99/31: the rows are the facts.
    expect(items.filter((i) => i.tier === 1)).toHaveLength(56);
    expect(items).toHaveLength(186);
    const missing = items.filter((item) => !nodes.some((n) => n.checklist === item.name && n.tier === item.tier));
    expect(missing).toEqual([]);
    const unknownChecklistNames = nodes.filter((n) => n.checklist && !items.some((i) => i.name === n.checklist));
    expect(unknownChecklistNames).toEqual([]);
  });

  it('finds every row of the Tier 2 document by its name there', () => {
    const rows = tier2DocumentRows();
    expect(rows.length).toBeGreaterThanOrEqual(95);
    expect(rows.filter((name) => resolve(name) === undefined)).toEqual([]);
  });

  it('states the curriculum’s own builds-on relations as hard prerequisites', () => {
    // builds-on.tsv names Tier 1 ML in prose; predictive analytics is the item that teaches it.
    const names: Record<string, string> = {
      'machine learning fundamentals (Tier 1)': 'predictive-analytics',
      'NLP / Text Mining': 'text-mining',
    };
    for (const [item, base] of buildsOnRows()) {
      const source = resolve(item);
      const target = names[base] ?? resolve(base);
      expect({ item, base, source, target }).toMatchObject({ source: expect.any(String), target: expect.any(String) });
      const edge = outEdges(index, source!, 'requires').find((e) => e.target === target);
      expect(edge, `${item} requires ${base}`).toMatchObject({ strength: 'hard' });
    }
  });

  it('gives every Tier 2 and 3 item a prerequisite, never of a higher tier', () => {
    for (const node of nodes.filter((n) => isCurriculumItem(n) && n.tier !== 1)) {
      const edges = outEdges(index, node.id, 'requires');
      expect(edges.length, node.id).toBeGreaterThan(0);
      for (const e of edges)
        expect(index.byId.get(e.target)!.tier!, `${node.id} → ${e.target}`).toBeLessThanOrEqual(node.tier!);
    }
  });

  it('has at least 30 capabilities, each offered by two or more providers with sourced claims', () => {
    const capabilities = nodes.filter((n) => n.kind === 'capability');
    expect(capabilities.length).toBeGreaterThanOrEqual(30);
    for (const capability of capabilities) {
      const claims = index.in.get(capability.id)?.get('implements') ?? [];
      const providers = new Set(claims.map((e) => index.byId.get(e.source)!.provider));
      expect(providers.size, capability.id).toBeGreaterThanOrEqual(2);
      for (const claim of claims) {
        expect(claim.sourceUrl, claim.id).toMatch(/^https:\/\//);
        expect(claim.checked, claim.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        if (claim.match === 'partial') expect(claim.caveat, claim.id).toBeTruthy();
      }
    }
  });

  it('maps every cloud service the curriculum names to at least one capability', () => {
    const services = nodes.filter((n) => n.kind === 'service' && n.tier !== undefined);
    expect(services.length).toBeGreaterThanOrEqual(25);
    for (const s of services) expect(outEdges(index, s.id, 'implements').length, s.id).toBeGreaterThan(0);
  });

  it('keeps renamed services findable by their former names', () => {
    expect(resolve('SageMaker')).toBe('aws-sagemaker-ai');
    expect(resolve('Amazon SageMaker')).toBe('aws-sagemaker-ai');
    expect(resolve('Cloud Functions')).toBe('gcp-cloud-run-functions');
    expect(resolve('Azure AI Foundry')).toBe('microsoft-foundry');
    expect(resolve('Azure AI Studio')).toBe('microsoft-foundry');
    expect(resolve('Vertex AI')).toBe('gcp-vertex-ai');
    expect(resolve('TFLite')).toBe('litert');
    expect(resolve('k8s')).toBe('kubernetes');
  });
});

describe('what learners and engineers ask of it', () => {
  it('plans RAG Systems from Tier 1 foundations, Python before Embedding Models', () => {
    const steps = learningPlan(index, ['rag-systems']).steps.map((s) => s.id);
    expect(index.byId.get(steps[0]!)!.tier).toBe(1);
    expect(steps.indexOf('python')).toBeGreaterThanOrEqual(0);
    expect(steps.indexOf('python')).toBeLessThan(steps.indexOf('embedding-models'));
    expect(steps.at(-1)).toBe('rag-systems');
  });

  it('names the Azure and GCP counterparts of AWS Lambda', () => {
    const services = equivalents(index, 'aws-lambda').map((c) => c.service);
    expect(services).toEqual(expect.arrayContaining(['azure-functions', 'gcp-cloud-run-functions']));
  });
});
