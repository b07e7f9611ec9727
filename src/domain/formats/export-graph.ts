/**
 * Writing a graph to a file, in each format the app reads back: every export is text (the caller
 * makes it a download), and `importGraph` turns it into the same graph (Atlas JSON: what its
 * format holds, `atlasJsonLosses` saying what it cannot). Each format's writer lives beside its
 * reader.
 */
export { atlasJsonLosses } from './atlas/atlas-losses.ts';
export { exportAppJson, toDocs } from './atlas/atlas-data.ts';
export { exportGraphJson } from './atlas/atlas-graph.ts';
export { writeCytoscape as exportCytoscapeJson } from './cyjs/cyjs.ts';
export { writeGraphML as exportGraphML } from './graphml/graphml-write.ts';
