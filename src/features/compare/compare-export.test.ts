import { describe, expect, it } from 'vitest';
import { realAtlas } from '../../../tests/fixtures/real-atlas';
import { buildIndex } from '../../domain/graph-index';
import type { Graph, GraphEdge, GraphNode } from '../../domain/graph';
import { compareMatrix } from '../../domain/queries/compare';
import {
  csvField,
  escapeMarkdown,
  MATRIX_CSV_HEADER,
  matrixCsv,
  matrixMarkdown,
  toCsv,
  translationCsv,
  translationMarkdown,
} from './compare-export';
import { translationRows } from './translate-model';

/** A tiny graph whose names and caveats carry everything an export must escape. */
function hostileIndex() {
  const node = (n: Partial<GraphNode> & Pick<GraphNode, 'id' | 'label' | 'kind'>): GraphNode => ({
    description: 'x',
    ...n,
  });
  const implement = (source: string, target: string, extra: Partial<GraphEdge> = {}): GraphEdge => ({
    id: `implements:${source}->${target}`,
    kind: 'implements',
    source,
    target,
    match: 'full',
    sourceUrl: 'https://example.com/compare',
    checked: '2026-01-02',
    ...extra,
  });
  const graph: Graph = {
    nodes: [
      node({ id: 'cap', label: 'Queues | topics', kind: 'capability', area: 'integration' }),
      node({
        id: 'a',
        label: '=HYPERLINK("http://evil")',
        kind: 'service',
        provider: 'aws',
        formerNames: ['Old, "quoted"'],
      }),
      node({ id: 'b', label: '<img src=x onerror=alert(1)> *bold* [x](y)', kind: 'service', provider: 'azure' }),
    ],
    edges: [
      implement('a', 'cap'),
      implement('b', 'cap', {
        match: 'partial',
        caveat: 'Line one,\nline "two" | pipe',
        sourceUrl: 'https://example.com/a b',
      }),
    ],
  };
  return buildIndex(graph);
}

describe('csvField', () => {
  it('quotes per RFC 4180 only when needed', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('')).toBe('');
  });

  it('defuses spreadsheet formulas with a leading apostrophe', () => {
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('+SUM(A1)')).toBe("'+SUM(A1)");
    expect(csvField('-2')).toBe("'-2");
    expect(csvField('@cmd')).toBe("'@cmd");
    expect(csvField('=A1,B1')).toBe(`"'=A1,B1"`);
    expect(csvField('a=b')).toBe('a=b');
  });

  it('joins records with CRLF and ends with one', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['c', 'd,e'],
      ]),
    ).toBe('a,b\r\nc,"d,e"\r\n');
  });
});

describe('matrixCsv', () => {
  it('has the documented columns, one record per service, and "none" for an empty cell', () => {
    const csv = matrixCsv(hostileIndex(), compareMatrix(hostileIndex()));
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(MATRIX_CSV_HEADER.join(','));
    expect(lines[0]).toBe('area,capability,provider,service,match,caveat,former_names,source,checked');
    expect(lines[1]).toBe(
      `Integration,Queues | topics,AWS,"'=HYPERLINK(""http://evil"")",full,,"Old, ""quoted""",https://example.com/compare,2026-01-02`,
    );
    expect(csv).toContain('"Line one,\nline ""two"" | pipe"');
    expect(csv).toContain('Integration,Queues | topics,Google Cloud,,none,,,,\r\n');
  });

  it('exports the real matrix: every service of every row', () => {
    const { index } = realAtlas();
    const rows = compareMatrix(index);
    const services = rows.reduce(
      (n, r) => n + Object.values(r.cells).reduce((m, c) => m + Math.max(c.length, 1), 0),
      0,
    );
    const csv = matrixCsv(index, rows);
    expect(csv.trimEnd().split('\r\n')).toHaveLength(services + 1);
    expect(csv).toContain(
      'Compute,Serverless functions,Google Cloud,Cloud Run functions,full,,Cloud Functions; Google Cloud Functions,',
    );
  });
});

describe('escapeMarkdown', () => {
  it('escapes pipes and Markdown specials, and folds line breaks', () => {
    expect(escapeMarkdown('a | b')).toBe('a \\| b');
    expect(escapeMarkdown('*x* _y_ `z` [l](u) <b> ~s~ &amp; !#$')).toBe(
      '\\*x\\* \\_y\\_ \\`z\\` \\[l\\](u) \\<b\\> \\~s\\~ \\&amp; \\!\\#\\$',
    );
    expect(escapeMarkdown('back\\slash')).toBe('back\\\\slash');
    expect(escapeMarkdown(' one\r\n two \n')).toBe('one two');
  });
});

describe('matrixMarkdown', () => {
  it('writes a table per area with escaped text and no raw HTML', () => {
    const index = hostileIndex();
    const md = matrixMarkdown(index, compareMatrix(index));
    expect(md).toContain('## Integration');
    expect(md).toContain('| Capability | AWS | Azure | Google Cloud |');
    expect(md).toContain('| --- | --- | --- | --- |');
    const row = md.split('\n').find((l) => l.startsWith('| Queues'))!;
    // Four columns: the pipes inside the text are escaped.
    expect(row.split(/(?<!\\)\|/).length - 2).toBe(4);
    expect(row).toContain('No equivalent');
    expect(row).toContain(
      '\\<img src=x onerror=alert(1)\\> \\*bold\\* \\[x\\](y) (partial; Line one, line "two" \\| pipe)',
    );
    expect(md).not.toMatch(/(?<!\\)<img/);
    // Sources: an https URL becomes an autolink; one with a space stays escaped text.
    expect(md).toContain('- <https://example.com/compare> (checked 2026-01-02)');
    expect(md).toContain('- https://example.com/a b (checked 2026-01-02)');
  });
});

describe('translation exports', () => {
  const { index } = realAtlas();
  const rows = translationRows(index, ['aws-s3', 'aws-lambda', 'python'], 'gcp');

  it('CSV: a record per counterpart, and a gap record with its reason', () => {
    const lines = translationCsv(index, rows, 'gcp').trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'service,service_provider,target_provider,counterpart,match,capabilities,caveats,sources,checked,gap',
    );
    expect(lines.find((l) => l.startsWith('Amazon S3,AWS,Google Cloud,Cloud Storage,full,'))).toBeDefined();
    expect(lines.find((l) => l.startsWith('AWS Lambda,AWS,Google Cloud,Cloud Run functions,full,'))).toBeDefined();
    expect(lines).toContain('Python,,Google Cloud,,none,,,,,not a cloud service');
  });

  it('Markdown: a table, then the gaps in words', () => {
    const md = translationMarkdown(index, rows, 'gcp');
    expect(md).toContain('# Translation to Google Cloud');
    expect(md).toContain('| Service | Counterpart on Google Cloud |');
    expect(md).toMatch(/\| Amazon S3 \| Cloud Storage \(full\) \|/);
    expect(md).toContain('| Python | None: not a cloud service |');
    expect(md).toContain('## Gaps\n\n- Python: not a cloud service');
    expect(translationMarkdown(index, [], 'azure')).toContain('No services to translate.');
  });
});
