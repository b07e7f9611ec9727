/** `npm run validate [dir]`: checks graph-data against the schema and the semantic rules. */
import { loadGraph } from '../domain/load-graph.ts';
import { formatProblem } from './format-problems.ts';
import { readGraphData } from './read-graph-data.ts';

const files = readGraphData(process.argv[2]);
const result = loadGraph(files);
if (result.ok) {
  const { nodes, edges } = result.graph;
  console.log(`graph-data is valid: ${files.length} files, ${nodes.length} nodes, ${edges.length} edges.`);
} else {
  for (const problem of result.problems) console.error(formatProblem(problem));
  console.error(`\n${result.problems.length} problem(s) in graph-data.`);
  process.exitCode = 1;
}
