import type { Problem } from '../domain/problems.ts';

/** `graph-data/tier-2/libraries.yaml:42 nodes[3].requires[0]: unknown id "langchian"; closest: langchain` */
export const formatProblem = (p: Problem) =>
  `${p.file}${p.line === undefined ? '' : `:${p.line}`}${p.path ? ` ${p.path}` : ''}: ${p.message}`;
