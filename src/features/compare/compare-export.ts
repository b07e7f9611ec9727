/**
 * The matrix and a translation as CSV and Markdown, built as plain strings. Both formats end up
 * in other tools (a spreadsheet, a wiki), so text from the data is escaped for them: CSV per
 * RFC 4180 with a guard against spreadsheet formulas, Markdown with its specials escaped and no HTML.
 */
import type { GraphIndex } from '../../domain/graph-index';
import type { MatrixRow } from '../../domain/queries/compare';
import { PROVIDERS, type ProviderId } from '../../domain/vocabulary';
import { AREA_LABELS, groupByArea, labelOf, providerName } from './compare-model';
import { caveatSentences, REASON_TEXT, type TranslationRow } from './translate-model';

// CSV.

/**
 * One CSV field. A spreadsheet runs a cell that starts with = + - @ (or a tab or CR) as a formula,
 * so such a field gets a leading apostrophe; then RFC 4180 quoting where needed.
 */
export function csvField(value: string): string {
  const guarded = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded;
}

/** Records separated by CRLF, as RFC 4180 says, with a final line break. */
export const toCsv = (records: readonly (readonly string[])[]) =>
  records.map((fields) => fields.map(csvField).join(',')).join('\r\n') + '\r\n';

export const MATRIX_CSV_HEADER = [
  'area',
  'capability',
  'provider',
  'service',
  'match',
  'caveat',
  'former_names',
  'source',
  'checked',
] as const;

/** One record per service in a cell; an empty cell is a record too (match "none"), so gaps survive the export. */
export function matrixCsv(index: GraphIndex, rows: readonly MatrixRow[]): string {
  const records: string[][] = [[...MATRIX_CSV_HEADER]];
  for (const row of rows)
    for (const provider of PROVIDERS) {
      const lead = [AREA_LABELS[row.area], labelOf(index, row.capability), providerName(provider)];
      if (row.cells[provider].length === 0) records.push([...lead, '', 'none', '', '', '', '']);
      for (const cell of row.cells[provider])
        records.push([
          ...lead,
          labelOf(index, cell.service),
          cell.match,
          cell.caveat ?? '',
          (index.byId.get(cell.service)?.formerNames ?? []).join('; '),
          cell.source,
          cell.checked,
        ]);
    }
  return toCsv(records);
}

export const TRANSLATION_CSV_HEADER = [
  'service',
  'service_provider',
  'target_provider',
  'counterpart',
  'match',
  'capabilities',
  'caveats',
  'sources',
  'checked',
  'gap',
] as const;

/** One record per counterpart; a service without one, or a capability left uncovered, gets a gap record. */
export function translationCsv(index: GraphIndex, rows: readonly TranslationRow[], to: ProviderId): string {
  const records: string[][] = [[...TRANSLATION_CSV_HEADER]];
  for (const row of rows) {
    const node = index.byId.get(row.from);
    const lead = [labelOf(index, row.from), node?.provider ? providerName(node.provider) : '', providerName(to)];
    for (const c of row.counterparts)
      records.push([
        ...lead,
        labelOf(index, c.service),
        c.match,
        c.capabilities.map((id) => labelOf(index, id)).join('; '),
        caveatSentences(index, c.caveats).join(' '),
        c.sources.map((s) => s.url).join(' '),
        [...new Set(c.sources.map((s) => s.checked))].join(' '),
        '',
      ]);
    if (row.counterparts.length === 0 || row.missing.length > 0)
      records.push([
        ...lead,
        '',
        'none',
        row.missing.map((id) => labelOf(index, id)).join('; '),
        '',
        '',
        '',
        REASON_TEXT[row.reason ?? 'no-counterpart'],
      ]);
  }
  return toCsv(records);
}

// Markdown.

/**
 * Text for a Markdown line or table cell: line breaks become spaces, and every character that
 * could start emphasis, code, a link or image, an HTML tag, an entity, a strikethrough, math, a
 * heading's closing hashes or a table cell is backslash-escaped (parentheses are harmless once
 * brackets are escaped, so they stay readable), so the text reads back exactly as written and never becomes markup.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>#!|~&$]/g, '\\$&');
}

/** An https URL as an autolink; anything else as escaped text (never a live link). */
function markdownUrl(url: string): string {
  return /^https:\/\/[^\s<>]+$/.test(url) ? `<${url}>` : escapeMarkdown(url);
}

const tableRow = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;

function serviceText(index: GraphIndex, service: string, match: string, caveat?: string): string {
  const former = index.byId.get(service)?.formerNames ?? [];
  const notes = [match, ...(caveat ? [caveat] : []), ...(former.length ? [`formerly ${former.join(', ')}`] : [])];
  return escapeMarkdown(`${labelOf(index, service)} (${notes.join('; ')})`);
}

function sourcesList(claims: Iterable<{ url: string; checked: string }>): string[] {
  const seen = new Map<string, Set<string>>();
  for (const { url, checked } of claims) {
    if (!url) continue;
    const dates = seen.get(url) ?? new Set<string>();
    if (checked) dates.add(checked);
    seen.set(url, dates);
  }
  if (seen.size === 0) return [];
  const lines = [...seen].map(([url, dates]) => {
    const when = [...dates].sort().join(', ');
    return `- ${markdownUrl(url)}${when ? ` (checked ${escapeMarkdown(when)})` : ''}`;
  });
  return ['## Sources', '', ...lines, ''];
}

/** A table per area: capability, then the services of each provider, or "No equivalent". */
export function matrixMarkdown(index: GraphIndex, rows: readonly MatrixRow[]): string {
  const lines = [
    '# Cloud services compared',
    '',
    'Grades: full = a direct counterpart; partial = a counterpart with a caveat. From Stack Atlas.',
    '',
  ];
  for (const group of groupByArea(rows)) {
    lines.push(`## ${escapeMarkdown(AREA_LABELS[group.area])}`, '');
    lines.push(
      tableRow(['Capability', ...PROVIDERS.map(providerName)]),
      tableRow(['---', ...PROVIDERS.map(() => '---')]),
    );
    for (const row of group.rows)
      lines.push(
        tableRow([
          escapeMarkdown(labelOf(index, row.capability)),
          ...PROVIDERS.map((p) =>
            row.cells[p].length === 0
              ? 'No equivalent'
              : row.cells[p].map((c) => serviceText(index, c.service, c.match, c.caveat)).join('; '),
          ),
        ]),
      );
    lines.push('');
  }
  const claims = rows.flatMap((r) =>
    PROVIDERS.flatMap((p) => r.cells[p].map((c) => ({ url: c.source, checked: c.checked }))),
  );
  return [...lines, ...sourcesList(claims)].join('\n');
}

/** The stack's table, then the gaps in plain sentences, then the sources. */
export function translationMarkdown(index: GraphIndex, rows: readonly TranslationRow[], to: ProviderId): string {
  const target = providerName(to);
  const lines = [`# Translation to ${escapeMarkdown(target)}`, ''];
  if (rows.length === 0) return [...lines, 'No services to translate.', ''].join('\n');
  lines.push(tableRow(['Service', `Counterpart on ${escapeMarkdown(target)}`]), tableRow(['---', '---']));
  for (const row of rows) {
    const counterparts =
      row.counterparts.length === 0
        ? escapeMarkdown(`None: ${REASON_TEXT[row.reason ?? 'no-counterpart']}`)
        : row.counterparts
            .map((c) => serviceText(index, c.service, c.match, caveatSentences(index, c.caveats).join(' ')))
            .join('; ');
    lines.push(tableRow([escapeMarkdown(labelOf(index, row.from)), counterparts]));
  }
  lines.push('');
  const gaps = rows.filter((r) => r.counterparts.length === 0 || r.missing.length > 0);
  if (gaps.length > 0) {
    lines.push('## Gaps', '');
    for (const row of gaps) {
      const name = labelOf(index, row.from);
      const text =
        row.reason === 'not-a-service' || row.reason === 'no-capability'
          ? `${name}: ${REASON_TEXT[row.reason]}`
          : `No counterpart on ${target} for ${name}: ${row.missing.map((id) => labelOf(index, id)).join(', ')}`;
      lines.push(`- ${escapeMarkdown(text)}`);
    }
    lines.push('');
  }
  return [...lines, ...sourcesList(rows.flatMap((r) => r.counterparts.flatMap((c) => c.sources)))].join('\n');
}
