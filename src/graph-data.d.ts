/// <reference types="vite-plugin-pwa/vanillajs" />
declare module 'virtual:graph-data' {
  /** The curriculum; descriptions and links are empty until `loadGraphText()`'s text is attached. */
  export const graph: import('./domain/graph').Graph;
  export const positions: import('./store/view-options').LayoutPositions;
  export const loadGraphText: () => Promise<import('./domain/packed-graph').GraphText>;
}
