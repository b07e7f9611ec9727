/** Reading attribute values of foreign files: text, numbers, words from a list, lists as JSON text. */
import type { z } from 'zod';
import type { EdgeKind, NodeKind } from '../../schema.ts';

/** The kind of a node whose file names none the app knows. */
export const DEFAULT_NODE_KIND: NodeKind = 'tool';
/** The kind of an edge whose file names none the app knows: the relation that claims least. */
export const DEFAULT_EDGE_KIND: EdgeKind = 'integrates-with';

/** What the app shows at most; longer labels and descriptions are shortened, and said so. */
export const LABEL_MAX = 80;
export const DESCRIPTION_MAX = 400;

export function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

export function parsed<T>(schema: z.ZodType<T>, value: unknown): T | undefined {
  if (value === undefined) return undefined;
  const result = schema.safeParse(value);
  return result.success ? result.data : undefined;
}

/** One of a list of words, in any case and with spaces around. */
export function oneOf<T extends string>(values: readonly T[], value: unknown): T | undefined {
  if (typeof value !== 'string') return undefined;
  const word = value.trim().toLowerCase();
  return values.find((v) => v === word);
}

export function readTier(value: unknown): 1 | 2 | 3 | undefined {
  const n =
    typeof value === 'number' ? value : typeof value === 'string' && /^\s*[123]\s*$/.test(value) ? Number(value) : NaN;
  return n === 1 || n === 2 || n === 3 ? n : undefined;
}

/** A list given as a list, as JSON text (`["a","b"]`, how GraphML carries lists), or as one text. */
export function rawList(value: unknown): unknown[] | undefined {
  if (Array.isArray(value)) return value;
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  if (!value.trim().startsWith('[')) return [value];
  try {
    const list: unknown = JSON.parse(value);
    return Array.isArray(list) ? list : undefined;
  } catch {
    return undefined;
  }
}

export const shorten = (text: string, max: number) => `${text.slice(0, max - 1).trimEnd()}…`;
