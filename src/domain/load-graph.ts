/** From file texts to a validated graph, or to the full list of what is wrong with them. */
import { toGraph, type Graph } from './graph.ts';
import { parseFiles, type SourceFile } from './parse-files.ts';
import type { Problem } from './problems.ts';
import { validateSemantics } from './validate.ts';

export type LoadResult = { ok: true; graph: Graph } | { ok: false; problems: Problem[] };

export function loadGraph(files: readonly SourceFile[]): LoadResult {
  const parsed = parseFiles(files);
  const problems = [...parsed.problems, ...validateSemantics(parsed)];
  if (problems.length > 0) return { ok: false, problems: sortProblems(problems) };
  return { ok: true, graph: toGraph(parsed.docs) };
}

function sortProblems(problems: Problem[]): Problem[] {
  return problems.sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.path.localeCompare(b.path),
  );
}
