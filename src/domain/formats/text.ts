/**
 * Reading text safely: decoding, nesting limits checked without recursion (a deeply nested file
 * must never reach a recursive parser), and line numbers for paths and offsets.
 */
import { Parser, type Document, type LineCounter } from 'yaml';
import { formatPath, type PathPart } from '../problems.ts';

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

/** Where a walk over JSON text is: one frame per open object or array. */
interface JsonFrame {
  array: boolean;
  /** In an array: the index of the current element. */
  index: number;
  /** In an object: the current key (null before the first). */
  key: string | null;
  expectKey: boolean;
}

interface JsonVisitor {
  /** A value starts at `at` (for an object or array: before its frame is pushed). */
  value?(at: number, stack: readonly JsonFrame[]): void;
  /** An object's key was read; the object is the top of `stack`. */
  key?(key: string, stack: readonly JsonFrame[]): void;
  /** An object or array opened (its frame is the top of `stack`) or closed. */
  open?(stack: readonly JsonFrame[]): void;
  close?(): void;
  /** Ends the walk early. */
  done?(): boolean;
}

/**
 * One pass over valid JSON text, without recursion (a deeply nested file must never reach a
 * recursive parser), telling `visit` where each value and key is.
 */
function walkJson(text: string, visit: JsonVisitor): void {
  const stack: JsonFrame[] = [];
  let i = 0;
  while (i < text.length && !visit.done?.()) {
    const c = text.charCodeAt(i);
    if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      visit.value?.(i, stack);
      stack.push({ array: c === 0x5b, index: 0, key: null, expectKey: c === 0x7b });
      visit.open?.(stack);
      i++;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      stack.pop();
      visit.close?.();
      i++;
    } else if (c === 0x2c /* , */) {
      const top = stack[stack.length - 1];
      if (top?.array) top.index++;
      else if (top) top.expectKey = true;
      i++;
    } else if (c === 0x22 /* " */) {
      let end = i + 1;
      let escaped = false;
      while (end < text.length && text.charCodeAt(end) !== 0x22) {
        if (text.charCodeAt(end) === 0x5c) {
          escaped = true;
          end += 2;
        } else end++;
      }
      const top = stack[stack.length - 1];
      if (top && !top.array && top.expectKey) {
        top.expectKey = false;
        top.key = escaped ? (JSON.parse(text.slice(i, end + 1)) as string) : text.slice(i + 1, end);
        visit.key?.(top.key, stack);
      } else visit.value?.(i, stack);
      i = end + 1;
    } else if (c === 0x3a /* : */ || c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i++;
    else {
      // A number, true, false or null.
      visit.value?.(i, stack);
      while (i < text.length && !/[\s,\]}]/.test(text[i]!)) i++;
    }
  }
}

/**
 * Lines of paths inside valid JSON text, found in one pass over the text (the YAML parser could
 * locate them too, but takes seconds on a large file). Only the branches leading to a wanted path
 * are followed; a path that is not there gets the line of its nearest present parent.
 */
export function jsonLines(text: string): Locate {
  const lineAt = offsetLines(text);
  return (paths) => {
    const wanted = paths.map((p) => formatPath(p));
    const prefixes = new Set<string>();
    for (const path of paths)
      for (let depth = 1; depth <= path.length; depth++) prefixes.add(formatPath(path.slice(0, depth)));
    const found = new Map<string, number>();
    // Beside each open frame: its path, or null when no wanted path runs through it.
    const framePaths: (string | null)[] = [];
    let opened: string | null = '';
    walkJson(text, {
      value(at, stack) {
        const top = stack[stack.length - 1];
        const parent = framePaths[framePaths.length - 1];
        let path: string | null;
        if (!top || parent === undefined) path = '';
        else if (parent === null) path = null;
        else if (top.array) path = `${parent}[${top.index}]`;
        else path = top.key === null ? null : parent ? `${parent}.${top.key}` : top.key;
        opened = path !== null && (path === '' || prefixes.has(path)) ? path : null;
        if (opened) found.set(opened, at);
      },
      open: () => void framePaths.push(opened),
      close: () => void framePaths.pop(),
    });
    return paths.map((path, n) => {
      for (let depth = path.length; depth > 0; depth--) {
        const at = found.get(depth === path.length ? wanted[n]! : formatPath(path.slice(0, depth)));
        if (at !== undefined) return lineAt(at);
      }
      return undefined;
    });
  };
}

/**
 * Keys written twice in one object of valid JSON text, with where: `JSON.parse` keeps the last
 * value without a word, and a value must never be lost without one. One pass, no recursion.
 */
export function duplicateKeys(text: string, limit: number): { path: PathPart[]; key: string }[] {
  const found: { path: PathPart[]; key: string }[] = [];
  // Beside each open frame: the keys its object has had so far (null for an array).
  const seen: (Set<string> | null)[] = [];
  walkJson(text, {
    open: (stack) => void seen.push(stack[stack.length - 1]!.array ? null : new Set()),
    close: () => void seen.pop(),
    key(key, stack) {
      const keys = seen[seen.length - 1]!;
      if (keys.has(key))
        found.push({ path: [...stack.slice(0, -1).map((f): PathPart => (f.array ? f.index : f.key!)), key], key });
      keys.add(key);
    },
    done: () => found.length >= limit,
  });
  return found;
}

/** Whether a parsed JSON value nests deeper than `limit` arrays or objects (iterative). */
export function valueTooDeep(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (typeof current !== 'object' || current === null) continue;
    if (depth + 1 > limit) return true;
    for (const child of Array.isArray(current) ? current : Object.values(current)) stack.push([child, depth + 1]);
  }
  return false;
}

const COLLECTIONS = new Set(['block-map', 'block-seq', 'flow-collection']);

/**
 * Whether YAML text nests deeper than `limit` collections. The YAML composer recurses once per
 * level, so a few thousand levels overflow the stack (and near the stack's end V8 can even fail
 * fatally while compiling a regular expression). A quick scan bounds the depth from above; only
 * text that might be too deep is parsed to a concrete syntax tree (iteratively) and measured.
 */
export function yamlTooDeep(text: string, limit: number): boolean {
  if (yamlDepthBound(text) <= limit) return false;
  try {
    for (const token of new Parser().parse(text)) if (cstDepth(token, limit) > limit) return true;
    return false;
  } catch {
    return true;
  }
}

/**
 * An upper bound of the nesting: every unquoted-or-not bracket counts as a flow level, and a
 * block level needs at least one more column of indentation or a `- `, `? ` or `: ` indicator.
 */
function yamlDepthBound(text: string): number {
  let flow = 0;
  let maxFlow = 0;
  let maxBlock = 0;
  let lineStart = true;
  let prefix = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 /* \n */) {
      lineStart = true;
      prefix = 0;
      continue;
    }
    if (lineStart) {
      // spaces, tabs, '-', '?', ':' at the start of a line: the room block nesting can take.
      if (c === 32 || c === 9 || c === 45 || c === 63 || c === 58) {
        prefix++;
        if (prefix > maxBlock) maxBlock = prefix;
      } else lineStart = false;
    }
    if (c === 91 /* [ */ || c === 123 /* { */) {
      flow++;
      if (flow > maxFlow) maxFlow = flow;
    } else if ((c === 93 /* ] */ || c === 125) /* } */ && flow > 0) flow--;
  }
  return maxFlow + maxBlock + 1;
}

/** Collection depth of a CST token, stopping as soon as it passes `limit`. */
function cstDepth(root: unknown, limit: number): number {
  let max = 0;
  const stack: [unknown, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (typeof current !== 'object' || current === null) continue;
    const here = COLLECTIONS.has((current as { type?: string }).type ?? '') ? depth + 1 : depth;
    if (here > max) max = here;
    if (max > limit) return max;
    for (const child of Array.isArray(current) ? current : Object.values(current))
      if (typeof child === 'object' && child !== null) stack.push([child, here]);
  }
  return max;
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
