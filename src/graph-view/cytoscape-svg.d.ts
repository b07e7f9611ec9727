declare module 'cytoscape-svg' {
  const extension: import('cytoscape').Ext;
  export default extension;
}
