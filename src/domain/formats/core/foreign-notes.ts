/** What a foreign import changed or left out: one warning per kind of change, with counts and examples. */
import { DEFAULT_EDGE_KIND, DEFAULT_NODE_KIND, DESCRIPTION_MAX, LABEL_MAX } from './foreign-values.ts';
import { formatCount, plural } from './formats.ts';
import { describeValue, quote } from './text.ts';

/** Examples given in one warning before "…". */
const EXAMPLES = 5;

export type Element = 'node' | 'edge';

export class Notes {
  private readonly droppedAttrs = { node: new Map<string, number>(), edge: new Map<string, number>() };
  private readonly defaults = {
    node: { count: 0, found: new Map<string, number>() },
    edge: { count: 0, found: new Map<string, number>() },
  };
  private readonly invalids = new Map<
    string,
    { element: Element; field: string; rule: string; count: number; examples: string[] }
  >();
  private readonly examples = new Map<string, { count: number; examples: string[] }>();

  dropped(element: Element, name: string) {
    const map = this.droppedAttrs[element];
    map.set(name, (map.get(name) ?? 0) + 1);
  }

  defaulted(element: Element, found: unknown) {
    const entry = this.defaults[element];
    entry.count++;
    if (found !== undefined) {
      const key = typeof found === 'string' ? quote(found, 30) : describeValue(found);
      entry.found.set(key, (entry.found.get(key) ?? 0) + 1);
    }
  }

  invalid(element: Element, field: string, rule: string, id: string, value: unknown) {
    const key = `${element}\n${field}`;
    const entry = this.invalids.get(key) ?? { element, field, rule, count: 0, examples: [] };
    entry.count++;
    if (entry.examples.length < EXAMPLES) entry.examples.push(`${id}: ${brief(value)}`);
    this.invalids.set(key, entry);
  }

  example(kind: 'renamed' | 'long-label' | 'long-description' | 'edge-id' | 'merged', example: string) {
    const entry = this.examples.get(kind) ?? { count: 0, examples: [] };
    entry.count++;
    if (entry.examples.length < EXAMPLES) entry.examples.push(example);
    this.examples.set(kind, entry);
  }

  warnings(): string[] {
    const out: string[] = [];
    const listed = (entry: { count: number; examples: string[] }) =>
      `${entry.examples.join(', ')}${entry.count > entry.examples.length ? ', …' : ''}`;
    const renamed = this.examples.get('renamed');
    if (renamed)
      out.push(`${plural(renamed.count, 'node id was', 'node ids were')} rewritten in kebab-case: ${listed(renamed)}`);
    for (const element of ['node', 'edge'] as const) {
      const { count, found } = this.defaults[element];
      if (count === 0) continue;
      const fallback = element === 'node' ? DEFAULT_NODE_KIND : DEFAULT_EDGE_KIND;
      const seen = [...found].sort((a, b) => b[1] - a[1]);
      out.push(
        `${plural(count, element)} ${count === 1 ? 'has' : 'have'} no kind the app knows and ${count === 1 ? 'is' : 'are'} shown as "${fallback}"` +
          (seen.length
            ? ` (found: ${seen
                .slice(0, EXAMPLES)
                .map(([v, n]) => `${v} ×${n}`)
                .join(', ')}${seen.length > EXAMPLES ? ', …' : ''})`
            : ''),
      );
    }
    const dropped = (['node', 'edge'] as const)
      .filter((element) => this.droppedAttrs[element].size > 0)
      .map(
        (element) =>
          `on ${element}s ${[...this.droppedAttrs[element]]
            .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
            .map(([name, n]) => `${quote(name, 30).slice(1, -1)} (${formatCount(n)})`)
            .join(', ')}`,
      );
    if (dropped.length) out.push(`dropped attributes the app has no field for: ${dropped.join('; ')}`);
    for (const entry of this.invalids.values())
      out.push(
        `dropped ${plural(entry.count, `invalid ${entry.field} value`)} on ${entry.element}s (${entry.rule}): ${listed(entry)}`,
      );
    const long = this.examples.get('long-label');
    if (long)
      out.push(
        `${plural(long.count, 'label')} longer than ${LABEL_MAX} characters ${long.count === 1 ? 'was' : 'were'} shortened (the full text is the description where there was none): ${listed(long)}`,
      );
    const longDescription = this.examples.get('long-description');
    if (longDescription)
      out.push(
        `${plural(longDescription.count, 'description')} longer than ${DESCRIPTION_MAX} characters ${longDescription.count === 1 ? 'was' : 'were'} shortened: ${listed(longDescription)}`,
      );
    const merged = this.examples.get('merged');
    if (merged)
      out.push(
        `${plural(merged.count, 'edge repeated', 'edges repeated')} a relation already stated between the same two nodes and ${merged.count === 1 ? 'was' : 'were'} merged into it (keeping the first one's attributes): ${listed(merged)}`,
      );
    const edgeIds = this.examples.get('edge-id');
    if (edgeIds)
      out.push(
        `${plural(edgeIds.count, 'edge id was', 'edge ids were')} replaced, being too long, repeated or the id of a node: ${listed(edgeIds)}`,
      );
    return out;
  }
}

const brief = (value: unknown) => {
  if (typeof value === 'string') return quote(value, 30);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  try {
    const json = JSON.stringify(value);
    return json.length > 30 ? `${json.slice(0, 29)}…` : json;
  } catch {
    return describeValue(value);
  }
};
