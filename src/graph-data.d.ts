declare module 'virtual:graph-data' {
  const graph: import('./domain/graph').Graph;
  export default graph;
}
