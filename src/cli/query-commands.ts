/**
 * The CLI's commands as functions from arguments to `{ data, text }`: `data` is what `--json`
 * prints, `text` is for people. Kept apart from argument parsing so that tests call them directly.
 */
import type { Atlas } from '../domain/atlas.ts';
import { PROVIDERS, type ProviderId } from '../domain/vocabulary.ts';
import { prerequisiteClosure, unlocks } from '../domain/queries/closure.ts';
import { equivalents, groupByService, translate, type Counterpart } from '../domain/queries/equivalents.ts';
import { resolveStack } from '../domain/queries/resolve-stack.ts';
import { shortestPath } from '../domain/queries/path.ts';
import { learningPlan } from '../domain/queries/plan.ts';
import { nameKey, resolveName, type ResolveContext } from '../domain/queries/resolve.ts';

export class UnknownNameError extends Error {
  constructor(
    readonly itemName: string,
    readonly suggestions: string[],
  ) {
    super(`unknown item "${itemName}"${suggestions.length ? `; did you mean: ${suggestions.join(', ')}?` : ''}`);
    this.name = 'UnknownNameError';
  }
}

/** A name that fits several items and nothing in the command settles which: the person is asked. */
export class AmbiguousNameError extends Error {
  constructor(
    readonly itemName: string,
    readonly candidates: string[],
  ) {
    super(`"${itemName}" could mean: ${candidates.join('; ')}. Use the full name or --from aws|azure|gcp.`);
    this.name = 'AmbiguousNameError';
  }
}

export class UsageError extends Error {}

export interface Output {
  data: unknown;
  text: string;
}

const PROVIDER_NAMES: Record<ProviderId, string> = { aws: 'AWS', azure: 'Azure', gcp: 'Google Cloud' };

export function createCommands(atlas: Atlas) {
  const { index, search } = atlas;
  const node = (id: string) => index.byId.get(id)!;
  const label = (id: string) => index.byId.get(id)?.label ?? id;
  const resolve = (name: string, context: ResolveContext = {}) => {
    const r = resolveName(index, name, { ...context, search });
    if (r.status === 'unknown') throw new UnknownNameError(name, r.suggestions.map(label));
    if (r.status === 'ambiguous') throw new AmbiguousNameError(name, r.candidates.map(describe));
    return r.id;
  };
  const provider = (from: string | undefined, command: string): ProviderId | undefined => {
    if (from === undefined) return undefined;
    if (!(PROVIDERS as readonly string[]).includes(from.toLowerCase()))
      throw new UsageError(`${command} takes --from ${PROVIDERS.join('|')}`);
    return from.toLowerCase() as ProviderId;
  };
  /** What `--json` says of a service: enough to print it without loading the data. */
  const serviceData = (id: string) => {
    const n = node(id);
    return { id, label: n.label, formerNames: n.formerNames ?? [], provider: n.provider };
  };
  /** "Cloud Run functions (formerly Cloud Functions, Google Cloud Functions)". */
  const named = (id: string) => {
    const former = node(id).formerNames ?? [];
    return former.length ? `${label(id)} (formerly ${former.join(', ')})` : label(id);
  };
  /** Accepts `"S3, Lambda"` as well as separate arguments. */
  const names = (args: readonly string[]) =>
    args
      .flatMap((a) => a.split(','))
      .map((s) => s.trim())
      .filter(Boolean);
  const tierOf = (id: string) => node(id).tier;
  const describe = (id: string) => {
    const n = node(id);
    return `${n.label} (${n.kind}${n.tier ? `, Tier ${n.tier}` : ''}${n.provider ? `, ${PROVIDER_NAMES[n.provider]}` : ''})`;
  };
  const byTier = (ids: Iterable<string>) => {
    const groups = new Map<string, string[]>();
    for (const id of ids) {
      const key = tierOf(id) ? `Tier ${tierOf(id)}` : 'Outside the tiers';
      groups.set(key, [...(groups.get(key) ?? []), id]);
    }
    return [...groups].sort(([a], [b]) => a.localeCompare(b));
  };

  return {
    plan(items: readonly string[], known: readonly string[] = []): Output {
      if (items.length === 0) throw new UsageError('plan needs at least one item');
      const targets = names(items).map((n) => resolve(n));
      const knownIds = names(known).map((n) => resolve(n));
      const plan = learningPlan(index, targets, { known: knownIds });
      const lines = [
        `Learning plan for ${targets.map(label).join(', ')}: ${plan.steps.length} step(s)` +
          (knownIds.length ? `, already known: ${knownIds.map(label).join(', ')}` : ''),
      ];
      let tier: number | undefined = -1;
      plan.steps.forEach((step, i) => {
        if (tierOf(step.id) !== tier) {
          tier = tierOf(step.id);
          lines.push('', tier ? `Tier ${tier}` : 'Outside the tiers');
        }
        const why = step.isTarget ? 'target' : `for ${step.via.map(label).join(', ')}`;
        const who = targets.length > 1 && !step.isTarget ? ` — needed by ${step.neededBy.map(label).join(', ')}` : '';
        lines.push(`  ${String(i + 1).padStart(3)}. ${describe(step.id)} — ${why}${who}`);
      });
      for (const c of plan.choices)
        lines.push(
          '',
          `${label(c.by)} needs one of ${c.options.map(label).join(' / ')}: the plan takes ${label(c.chosen)}.`,
        );
      return { data: plan, text: lines.join('\n') };
    },

    prerequisites(item: string): Output {
      const id = resolve(item);
      const ids = [...prerequisiteClosure(index, [id])];
      const groups = byTier(ids);
      const text = [
        `${label(id)} builds on ${ids.length} item(s):`,
        ...groups.map(([t, g]) => `  ${t} (${g.length}): ${g.map(label).sort().join(', ')}`),
      ];
      return { data: { id, prerequisites: ids }, text: text.join('\n') };
    },

    unlocks(item: string): Output {
      const id = resolve(item);
      const ids = [...unlocks(index, [id])];
      const direct =
        index.in
          .get(id)
          ?.get('requires')
          ?.map((e) => e.source) ?? [];
      const groups = byTier(ids);
      const text = [
        `Knowing ${label(id)} leads to ${ids.length} item(s) (${direct.length} directly):`,
        ...groups.map(([t, g]) => `  ${t} (${g.length}): ${g.map(label).sort().join(', ')}`),
      ];
      return {
        data: { id, direct, unlocks: ids, perTier: Object.fromEntries(groups.map(([t, g]) => [t, g.length])) },
        text: text.join('\n'),
      };
    },

    path(from: string, to: string): Output {
      const a = resolve(from);
      const b = resolve(to);
      const path = shortestPath(index, a, b);
      if (!path) return { data: null, text: `No connection between ${label(a)} and ${label(b)}.` };
      const parts = [label(path.nodes[0]!)];
      path.edges.forEach((edge, i) => {
        const next = path.nodes[i + 1]!;
        parts.push(edge.source === next ? `←${edge.kind}—` : `—${edge.kind}→`, label(next));
      });
      return { data: path, text: parts.join(' ') };
    },

    equivalents(service: string, from?: string): Output {
      const id = resolve(service, { services: true, provider: provider(from, 'equivalents') });
      const n = node(id);
      if (n.kind !== 'service') throw new UsageError(`${n.label} is a ${n.kind}, not a cloud service`);
      const rows = equivalents(index, id);
      const lines = [`${named(id)} (${PROVIDER_NAMES[n.provider!]}) — counterparts by shared capability:`];
      for (const provider of PROVIDERS) {
        if (provider === n.provider) continue;
        const mine = rows.filter((r) => r.provider === provider);
        lines.push(`  ${PROVIDER_NAMES[provider]}:${mine.length ? '' : ' no equivalent'}`);
        lines.push(...formatCounterparts(mine));
      }
      return {
        data: { ...serviceData(id), counterparts: counterpartData(groupByService(rows)) },
        text: lines.join('\n'),
      };
    },

    translate(services: readonly string[], to: string | undefined, from?: string): Output {
      if (!to || !(PROVIDERS as readonly string[]).includes(to.toLowerCase()))
        throw new UsageError(`translate needs --to ${PROVIDERS.join('|')}`);
      const target = to.toLowerCase() as ProviderId;
      const stack = resolveStack(index, names(services), { from: provider(from, 'translate'), search });
      const result = translate(index, stack.ids, target);
      const fromLine =
        stack.fromReason === 'given'
          ? `From ${PROVIDER_NAMES[stack.from!]} (--from).`
          : stack.fromReason === 'inferred'
            ? `From ${PROVIDER_NAMES[stack.from!]} (inferred from the other names; say --from to change it).`
            : 'From no one cloud (none inferred; say --from aws|azure|gcp to settle names that fit several).';
      const lines = [fromLine, `Translated to ${PROVIDER_NAMES[target]}:`];
      // A short form the data does not list ("OpenSearch") is worth saying how it was read.
      const exactNames = (id: string) => {
        const n = node(id);
        return [id, n.label, ...(n.aliases ?? []), ...(n.formerNames ?? [])].map(nameKey);
      };
      const typed = (id: string) =>
        stack.resolved.find((r) => r.id === id && !exactNames(id).includes(nameKey(r.name)));
      for (const row of result.mapped) {
        const as = typed(row.from);
        lines.push(`  ${named(row.from)}${as ? ` (for "${as.name}")` : ''} →`);
        lines.push(...formatCounterparts(row.counterparts));
        for (const m of row.missing) lines.push(`    no counterpart for ${label(m)}`);
      }
      if (result.gaps.length) {
        lines.push('Gaps:');
        for (const g of result.gaps) lines.push(`  ${named(g.from)}: ${g.reason?.replaceAll('-', ' ')}`);
      }
      for (const a of stack.ambiguous)
        lines.push(`Ambiguous: "${a.name}" could mean ${a.candidates.map(describe).join('; ')} — write the full name.`);
      for (const u of stack.unknown)
        lines.push(
          `Unknown: "${u.name}"${u.suggestions.length ? `; did you mean ${u.suggestions.map(label).join(', ')}?` : ''}`,
        );
      const data = {
        from: stack.from ?? null,
        fromReason: stack.fromReason,
        to: target,
        mapped: result.mapped.map((row) => ({
          ...serviceData(row.from),
          counterparts: counterpartData(groupByService(row.counterparts)),
          missing: row.missing.map((id) => ({ id, label: label(id) })),
        })),
        gaps: result.gaps.map((g) => ({ ...serviceData(g.from), reason: g.reason })),
        ambiguous: stack.ambiguous.map((a) => ({ name: a.name, candidates: a.candidates.map(serviceData) })),
        unknown: stack.unknown.map((u) => ({
          name: u.name,
          suggestions: u.suggestions.map((id) => ({ id, label: label(id) })),
        })),
      };
      return { data, text: lines.join('\n') };
    },

    search(text: string): Output {
      const hits = search(text, 10);
      const lines = hits.length ? hits.map((h) => `  ${describe(h.id)}  [${h.id}]`) : [`Nothing matches "${text}".`];
      return { data: hits, text: lines.join('\n') };
    },
  };

  function formatCounterparts(rows: readonly Counterpart[]): string[] {
    return groupByService(rows).flatMap((c) => [
      `    ${named(c.service)} — ${c.match} match (${c.capabilities.map(label).join(', ')})`,
      // Whose limitation it is: the counterpart's, or the translated service's own.
      ...c.caveats.map((caveat) => `      caveat on ${label(caveat.service)}: ${caveat.text}`),
      ...c.sources.map((s) => `      source: ${s.url} (checked ${s.checked})`),
    ]);
  }

  function counterpartData(entries: ReturnType<typeof groupByService>) {
    return entries.map((c) => ({
      ...serviceData(c.service),
      match: c.match,
      capabilities: c.capabilities.map((id) => ({ id, label: label(id) })),
      caveats: c.caveats.map((caveat) => ({
        service: caveat.service,
        label: label(caveat.service),
        text: caveat.text,
      })),
      sources: c.sources,
    }));
  }
}
