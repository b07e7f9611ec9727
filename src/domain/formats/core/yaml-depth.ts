/** How deeply YAML text nests, found without the recursive composer (which a deep file overflows). */
import { Parser } from 'yaml';

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
