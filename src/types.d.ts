declare module 'cytoscape-fcose' {
  const ext: unknown;
  export default ext;
}
