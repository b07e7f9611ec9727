/**
 * JSON text walked without recursion (a deeply nested file must never reach a recursive parser):
 * lines of paths, keys written twice, and nesting depth.
 */
import { formatPath, type PathPart } from '../../problems.ts';
import { offsetLines, type Locate } from './text.ts';

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
