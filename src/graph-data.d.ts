declare module 'virtual:graph-data' {
  export const graph: import('./domain/graph').Graph;
  export const positions: import('./store/view-options').LayoutPositions;
}
