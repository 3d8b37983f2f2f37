declare module 'cytoscape-svg' {
  const ext: unknown;
  export default ext;
}
