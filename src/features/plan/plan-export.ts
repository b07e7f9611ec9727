/**
 * The plan as files to keep: Markdown to read or paste into notes, CSV for a spreadsheet. Both
 * are built from the same PlanView as the panel. Text from the data is escaped, so a label can
 * never turn into markup, HTML or a spreadsheet formula.
 */
import type { ItemRef, PlanView, StepView } from './plan-model';
import { listText, planLengthInWords } from './plan-model';

// ---------- Markdown ----------

/**
 * Backslash-escapes every character Markdown (CommonMark + GFM) could read as syntax, and
 * flattens whitespace so a description cannot start a new block. `<` and `&` are escaped too, so
 * no raw HTML or entity ever reaches a renderer.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]()#<>&~|!]/g, '\\$&');
}

/** An https URL as a link destination: characters that would end or break it are percent-encoded. */
function linkDestination(url: string): string {
  return url.replace(/[ ()<>\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** "docs.python.org/3" — a short, readable link text. */
export function shortUrl(url: string): string {
  try {
    const { hostname, pathname } = new URL(url);
    const path = pathname.replace(/\/+$/, '');
    return `${hostname.replace(/^www\./, '')}${path}`;
  } catch {
    return url;
  }
}

/** A Markdown link, or nothing when the URL is not https. */
export function markdownLink(url: string): string | undefined {
  if (!url.startsWith('https://')) return undefined;
  return `[${escapeMarkdown(shortUrl(url))}](${linkDestination(url)})`;
}

const labels = (refs: readonly ItemRef[]) => refs.map((r) => r.label);

/**
 * "Needed for: RAG Systems via Statistics." — or "Target." for a target. The targets themselves
 * are left out of the "via" list: "needed for RAG Systems via RAG Systems" says nothing.
 */
function neededText(step: StepView): string {
  const others = step.neededBy.filter((t) => t.id !== step.id);
  const parts: string[] = [];
  if (step.isTarget) parts.push('Target.');
  if (others.length > 0) {
    const targetIds = new Set(step.neededBy.map((t) => t.id));
    const through = step.via.filter((v) => !targetIds.has(v.id));
    const via = through.length > 0 ? ` via ${escapeMarkdown(listText(labels(through)))}` : '';
    parts.push(`Needed for: ${escapeMarkdown(listText(labels(others)))}${via}.`);
  }
  return parts.join(' ');
}

function markdownStep(step: StepView): string[] {
  const marker = `${step.order}. `;
  const notes = [step.kind, step.recommendedOnly ? 'recommended' : '', step.status === 'learning' ? 'learning' : '']
    .filter(Boolean)
    .join(', ');
  const description = escapeMarkdown(step.description);
  const sentence = [description, neededText(step)].filter(Boolean).join(' ');
  const line = `${marker}**${escapeMarkdown(step.label)}** (${escapeMarkdown(notes)})${sentence ? ` — ${sentence}` : ''}`;
  // Continuation lines are indented by the marker's width, so the links stay inside this item.
  const indent = ' '.repeat(marker.length);
  const links = step.links.flatMap((url) => {
    const link = markdownLink(url);
    return link ? [`${indent}- ${link}`] : [];
  });
  return [line, ...links];
}

/** The local calendar date as YYYY-MM-DD. */
export function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function planToMarkdown(view: PlanView, generated: Date): string {
  const out: string[] = [];
  out.push(`# Learning plan: ${escapeMarkdown(listText(labels(view.targets))) || 'no targets'}`, '');
  const recommended = view.counts.recommended > 0 ? ` (${view.counts.recommended} of them recommended)` : '';
  out.push(
    `Generated on ${isoDate(generated)} by Stack Atlas. ${escapeMarkdown(planLengthInWords(view))}${recommended}, prerequisites first.`,
  );
  for (const group of view.groups) {
    out.push('', `## ${escapeMarkdown(group.title)}`, '');
    for (const step of group.steps) out.push(...markdownStep(step));
  }
  if (view.choices.length > 0) {
    out.push('', '## Choices', '');
    for (const choice of view.choices) {
      const chosen = choice.options.find((o) => o.id === choice.chosen)?.label ?? choice.chosen;
      out.push(
        `- ${escapeMarkdown(choice.by.label)} needs one of: ${choice.options.map((o) => escapeMarkdown(o.label)).join(' / ')}. The plan takes **${escapeMarkdown(chosen)}**.`,
      );
    }
  }
  if (view.leftOut.learned.length > 0) {
    out.push('', '## Already learned (left out)', '');
    for (const item of view.leftOut.learned) out.push(`- ${escapeMarkdown(item.label)}`);
    if (view.leftOut.onlyForLearned.length > 0)
      out.push(
        '',
        `Also left out, since only learned items needed them: ${escapeMarkdown(listText(labels(view.leftOut.onlyForLearned)))}.`,
      );
  }
  return `${out.join('\n')}\n`;
}

// ---------- CSV ----------

export const CSV_COLUMNS = [
  'order',
  'id',
  'label',
  'kind',
  'tier',
  'category',
  'needed_by',
  'via',
  'recommended_only',
  'status',
  'description',
  'links',
] as const;

/**
 * One CSV field. A leading = + - @ (or tab / carriage return) would make a spreadsheet run the
 * cell as a formula, so such fields get a leading apostrophe; then RFC 4180 quoting.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function planToCsv(view: PlanView): string {
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const step of view.steps)
    rows.push([
      String(step.order),
      step.id,
      step.label,
      step.kind,
      step.tier === undefined ? '' : String(step.tier),
      step.categoryLabel ?? '',
      labels(step.neededBy).join('; '),
      labels(step.via).join('; '),
      step.recommendedOnly ? 'true' : 'false',
      step.status,
      step.description,
      step.links.filter((url) => url.startsWith('https://')).join(' '),
    ]);
  // RFC 4180: CRLF between records, and after the last one.
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** "learning-plan-rag-systems-mlflow": ids are kebab-case already, so this is safe as a file name. */
export function exportFileName(view: PlanView, extension: 'md' | 'csv'): string {
  const slug =
    view.targets
      .map((t) => t.id)
      .join('-')
      .slice(0, 60)
      .replace(/-+$/, '') || 'empty';
  return `learning-plan-${slug}.${extension}`;
}
