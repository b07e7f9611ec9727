/** A problem found in graph data: which file, where inside it, and what is wrong. */
export interface Problem {
  /** The file as the maintainer knows it, e.g. `graph-data/tier-2/libraries.yaml`. */
  file: string;
  /** Path inside the file, e.g. `nodes[3].requires[1]`; empty for the whole file. */
  path: string;
  /** 1-based line of that path, when the file's text is known. */
  line?: number;
  message: string;
}

/** Where a node was defined: enough to point a maintainer at it. */
export interface Origin {
  file: string;
  index: number;
}

export type PathPart = string | number;

/** `['nodes', 3, 'requires', 1]` → `nodes[3].requires[1]`. */
export function formatPath(parts: readonly PathPart[]): string {
  return parts.reduce<string>(
    (out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${part}` : part),
    '',
  );
}
