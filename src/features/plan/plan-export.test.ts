import { describe, expect, it } from 'vitest';
import { EMPTY_PROGRESS, withStatus } from '../../domain/progress';
import { DEFAULT_PLAN } from '../../store/app-state';
import { realAtlas } from '../../../tests/fixtures/real-atlas';
import {
  CSV_COLUMNS,
  csvField,
  escapeMarkdown,
  exportFileName,
  markdownLink,
  planToCsv,
  planToMarkdown,
} from './plan-export';
import { buildPlanView, type PlanView, type StepView } from './plan-model';

const { index } = realAtlas();
const GENERATED = new Date(2025, 4, 6, 12, 0);

/** A one-step plan with hostile text, to check what reaches the files. */
function hostilePlan(patch: Partial<StepView>): PlanView {
  const step: StepView = {
    id: 'x',
    label: 'X',
    order: 1,
    kind: 'tool',
    tier: 1,
    description: 'Plain.',
    links: [],
    via: [],
    neededBy: [{ id: 'x', label: 'X' }],
    recommendedOnly: false,
    isTarget: true,
    status: 'not-started',
    ...patch,
  };
  return {
    targets: [{ id: step.id, label: step.label }],
    groups: [{ key: '1', title: 'Tier 1 — Foundation', steps: [step] }],
    steps: [step],
    choices: [],
    leftOut: { learned: [], onlyForLearned: [] },
    counts: { steps: 1, learning: 0, recommended: 0 },
  };
}

describe('planToMarkdown on the real plan for RAG Systems', () => {
  const view = buildPlanView(index, { ...DEFAULT_PLAN, targets: ['rag-systems'] }, EMPTY_PROGRESS);
  const markdown = planToMarkdown(view, GENERATED);
  const lines = markdown.split('\n');

  it('has the title, the date and one section per tier, in order', () => {
    expect(lines[0]).toBe('# Learning plan: RAG Systems');
    expect(markdown).toContain('Generated on 2025-05-06');
    const tier1 = lines.indexOf('## Tier 1 — Foundation');
    const tier2 = lines.indexOf('## Tier 2 — Shipping');
    expect(tier1).toBeGreaterThan(0);
    expect(tier2).toBeGreaterThan(tier1);
  });

  it('numbers the steps in plan order, prerequisites first', () => {
    const numbered = lines.filter((l) => /^\d+\. /.test(l));
    expect(numbered).toHaveLength(view.steps.length);
    expect(numbered.map((l) => Number(l.split('.')[0]))).toEqual(view.steps.map((_, i) => i + 1));
    const at = (label: string) => numbered.findIndex((l) => l.includes(`**${label}**`));
    expect(at('Python')).toBeGreaterThanOrEqual(0);
    expect(at('Python')).toBeLessThan(at('Embedding Models'));
    expect(numbered.at(-1)).toMatch(/^11\. \*\*RAG Systems\*\* \(skill\) — .* Target\.$/);
    expect(markdown).toMatch(
      /\*\*Python\*\* \(language\) — .* Needed for: RAG Systems via Data Science Fundamentals\./,
    );
    expect(markdown).toMatch(/\*\*Embedding Models\*\* \(skill\) — .* Needed for: RAG Systems\.\n/);
    // "Deep Learning (intro)": parentheses in text are escaped.
    expect(markdown).toContain('**Deep Learning \\(intro\\)**');
  });

  it('lists https links under their step, and the choices', () => {
    expect(markdown).toMatch(/\*\*Python\*\*.*\n {3}- \[docs\.python\.org\/3\]\(https:\/\/docs\.python\.org\/3\/\)/);
    expect(markdown).toContain('## Choices');
    expect(markdown).toContain('- Data Science Fundamentals needs one of: Python / R. The plan takes **Python**.');
  });

  it('lists the learned items it left out', () => {
    const learned = buildPlanView(
      index,
      { ...DEFAULT_PLAN, targets: ['rag-systems'] },
      withStatus(EMPTY_PROGRESS, ['python'], 'learned'),
    );
    const text = planToMarkdown(learned, GENERATED);
    expect(text).toContain('## Already learned (left out)\n\n- Python');
    expect(text).not.toContain('**Python**');
  });
});

describe('Markdown escaping', () => {
  it('escapes every character Markdown could read as syntax, and flattens newlines', () => {
    expect(escapeMarkdown('a*b_c[d](e)#f`g')).toBe('a\\*b\\_c\\[d\\]\\(e\\)\\#f\\`g');
    expect(escapeMarkdown('C# & <b>bold</b>\n\n# not a heading')).toBe(
      'C\\# \\& \\<b\\>bold\\</b\\> \\# not a heading',
    );
    expect(escapeMarkdown('back\\slash')).toBe('back\\\\slash');
  });

  it('never emits raw HTML or a non-https link', () => {
    const view = hostilePlan({
      label: '<script>alert(1)</script>',
      description: '<img src=x onerror=alert(1)> [click](javascript:alert(1))',
      links: ['javascript:alert(1)', 'http://example.com', 'https://example.com/a (b)'],
    });
    const text = planToMarkdown(view, GENERATED);
    expect(text).not.toMatch(/(^|[^\\])<[a-z/]/i);
    expect(text).not.toContain('](javascript');
    expect(text).not.toContain('http://');
    // Parentheses and spaces in the URL are percent-encoded, so they cannot end the destination.
    expect(text).toContain('- [example.com/a%20\\(b\\)](https://example.com/a%20%28b%29)');
    expect(markdownLink('ftp://example.com')).toBeUndefined();
  });
});

describe('planToCsv', () => {
  it('writes the header, then one row per step in order, with CRLF line ends', () => {
    const view = buildPlanView(index, { ...DEFAULT_PLAN, targets: ['rag-systems'] }, EMPTY_PROGRESS);
    const csv = planToCsv(view);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = csv.trimEnd().split('\r\n');
    expect(rows[0]).toBe(CSV_COLUMNS.join(','));
    expect(rows[0]).toBe('order,id,label,kind,tier,category,needed_by,via,recommended_only,status,description,links');
    expect(rows).toHaveLength(view.steps.length + 1);
    expect(rows.slice(1).map((r) => r.split(',')[1])).toEqual(view.steps.map((s) => s.id));
    const python = rows.find((r) => r.startsWith(`${view.steps.findIndex((s) => s.id === 'python') + 1},python,`));
    expect(python).toMatch(
      /^\d+,python,Python,language,1,Languages,RAG Systems,Data Science Fundamentals,false,not-started,/,
    );
    expect(python).toMatch(/,https:\/\/docs\.python\.org\/3\/ https:\/\/www\.python\.org\/$/);
  });

  it('quotes fields with commas, quotes and newlines (RFC 4180)', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\r\nlf')).toBe('"cr\r\nlf"');
  });

  it('defuses spreadsheet formulas', () => {
    expect(csvField('=SUM(A1:A9)')).toBe("'=SUM(A1:A9)");
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('-2')).toBe("'-2");
    expect(csvField('@cmd')).toBe("'@cmd");
    expect(csvField('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(csvField('a=b')).toBe('a=b');

    const csv = planToCsv(hostilePlan({ label: '=cmd|" /C calc"!A0', description: '-bad, "quoted"' }));
    const row = csv.split('\r\n')[1]!;
    expect(row).toContain(`,"'=cmd|"" /C calc""!A0",`);
    expect(row).toContain(`,"'-bad, ""quoted""",`);
  });
});

describe('exportFileName', () => {
  it('names the file after the targets', () => {
    const view = buildPlanView(index, { ...DEFAULT_PLAN, targets: ['rag-systems', 'mlflow'] }, EMPTY_PROGRESS);
    expect(exportFileName(view, 'md')).toBe('learning-plan-rag-systems-mlflow.md');
    expect(exportFileName(view, 'csv')).toBe('learning-plan-rag-systems-mlflow.csv');
  });
});
