/**
 * Reading text safely: decoding, nesting limits checked without recursion (a deeply nested file
 * must never reach a recursive parser), and line numbers for paths and offsets.
 */
import type { Document, LineCounter } from 'yaml';
import type { PathPart } from '../../problems.ts';

/** Strict UTF-8: a byte sequence that is not UTF-8 is refused, never turned into U+FFFD. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** 1-based line of a character offset; the line table is built once, on first use. */
export function offsetLines(text: string): (offset: number) => number {
  let starts: number[] | undefined;
  return (offset) => {
    if (!starts) {
      starts = [0];
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    }
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

/** Lines of paths (`['elements', 'nodes', 3, 'data', 'id']`) in a file; undefined where unknown. */
export type Locate = (paths: readonly (readonly PathPart[])[]) => (number | undefined)[];

/**
 * Lines of paths inside a parsed YAML document: each path's node, or its nearest located parent.
 */
export function yamlLines(doc: Document, lines: LineCounter): Locate {
  return (paths) =>
    paths.map((path) => {
      for (let depth = path.length; depth > 0; depth--) {
        try {
          const node = doc.getIn(path.slice(0, depth), true) as { range?: [number] } | undefined;
          if (node && typeof node === 'object' && node.range) return lines.linePos(node.range[0]).line;
        } catch {
          // A path through a scalar: try its parent.
        }
      }
      return undefined;
    });
}

/** A value named for a message: `a number (3)`, `an object`, `null`. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return `the text ${quote(value)}`;
    case 'number':
      return `the number ${value}`;
    case 'boolean':
      return `${value}`;
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

/** A short quoted excerpt of a text, for messages. */
export function quote(text: string, max = 40): string {
  return JSON.stringify(text.length > max ? `${text.slice(0, max - 1)}…` : text);
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
