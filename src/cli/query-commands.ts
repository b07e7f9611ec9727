/**
 * The CLI's commands as functions from arguments to `{ data, text }`: `data` is what `--json`
 * prints, `text` is for people. Kept apart from argument parsing so that tests call them directly.
 */
import type { Atlas } from '../domain/atlas.ts';
import { PROVIDERS, type ProviderId } from '../domain/vocabulary.ts';
import { prerequisiteClosure, unlocks } from '../domain/queries/closure.ts';
import { equivalents, groupByService, translate, type Counterpart } from '../domain/queries/equivalents.ts';
import { shortestPath } from '../domain/queries/path.ts';
import { learningPlan } from '../domain/queries/plan.ts';
import { resolveName } from '../domain/queries/resolve.ts';

export class UnknownNameError extends Error {
  constructor(
    readonly itemName: string,
    readonly suggestions: string[],
  ) {
    super(`unknown item "${itemName}"${suggestions.length ? `; did you mean: ${suggestions.join(', ')}?` : ''}`);
    this.name = 'UnknownNameError';
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
  const resolve = (name: string) => {
    const r = resolveName(index, name, search);
    if (!r.ok) throw new UnknownNameError(name, r.suggestions.map(label));
    return r.id;
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
      const targets = names(items).map(resolve);
      const knownIds = names(known).map(resolve);
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

    equivalents(service: string): Output {
      const id = resolve(service);
      const n = node(id);
      if (n.kind !== 'service') throw new UsageError(`${n.label} is a ${n.kind}, not a cloud service`);
      const rows = equivalents(index, id);
      const lines = [`${describe(id)} — counterparts by shared capability:`];
      for (const provider of PROVIDERS) {
        if (provider === n.provider) continue;
        const mine = rows.filter((r) => r.provider === provider);
        lines.push(`  ${PROVIDER_NAMES[provider]}:${mine.length ? '' : ' no equivalent'}`);
        lines.push(...formatCounterparts(mine));
      }
      return { data: { id, counterparts: rows }, text: lines.join('\n') };
    },

    translate(services: readonly string[], to: string | undefined): Output {
      if (!to || !(PROVIDERS as readonly string[]).includes(to.toLowerCase()))
        throw new UsageError(`translate needs --to ${PROVIDERS.join('|')}`);
      const target = to.toLowerCase() as ProviderId;
      const resolved = names(services).map((name) => ({ name, r: resolveName(index, name, search) }));
      const unknown = resolved.filter((x) => !x.r.ok).map((x) => x.name);
      const ids = resolved.flatMap((x) => (x.r.ok ? [x.r.id] : []));
      const result = translate(index, ids, target);
      const lines = [`Translated to ${PROVIDER_NAMES[target]}:`];
      for (const row of result.mapped) {
        lines.push(`  ${label(row.from)} →`);
        lines.push(...formatCounterparts(row.counterparts));
        for (const m of row.missing) lines.push(`    no counterpart for ${label(m)}`);
      }
      if (result.gaps.length) {
        lines.push('Gaps:');
        for (const g of result.gaps) lines.push(`  ${label(g.from)}: ${g.reason?.replaceAll('-', ' ')}`);
      }
      if (unknown.length) lines.push(`Unknown names: ${unknown.join(', ')}`);
      return { data: { to: target, ...result, unknown }, text: lines.join('\n') };
    },

    search(text: string): Output {
      const hits = search(text, 10);
      const lines = hits.length ? hits.map((h) => `  ${describe(h.id)}  [${h.id}]`) : [`Nothing matches "${text}".`];
      return { data: hits, text: lines.join('\n') };
    },
  };

  function formatCounterparts(rows: readonly Counterpart[]): string[] {
    return groupByService(rows).flatMap((c) => [
      `    ${label(c.service)} — ${c.match} match (${c.capabilities.map(label).join(', ')})`,
      ...c.caveats.map((caveat) => `      caveat: ${caveat}`),
      ...c.sources.map((s) => `      source: ${s.url} (checked ${s.checked})`),
    ]);
  }
}
