/**
 * The naive reference build the benchmark measures the app against: what a first
 * version of Atlas Explorer would be with the same stack and the same compiled
 * graph.json — React + react-cytoscapejs, the baked positions, every node and edge
 * drawn with labels on, Fuse built up front. No app code is imported, on purpose.
 */
import CytoscapeComponent from 'react-cytoscapejs';
import type { Core, ElementDefinition, StylesheetJson } from 'cytoscape';
import Fuse from 'fuse.js';
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';

interface GraphNode { id: string; name: string; kind: string; x: number; y: number }
interface GraphJson { nodes: GraphNode[]; edges: { source: string; target: string; type: string }[] }

const STYLE: StylesheetJson = [
  { selector: 'node', style: { label: 'data(label)', 'font-size': 10, width: 24, height: 24, 'background-color': '#2563EB' } },
  { selector: 'edge', style: { width: 1, 'line-color': '#94A3B8', 'curve-style': 'bezier', 'target-arrow-shape': 'triangle' } },
];

function App() {
  const [elements, setElements] = useState<ElementDefinition[] | null>(null);
  const [fuse, setFuse] = useState<Fuse<GraphNode> | null>(null);
  const [query, setQuery] = useState('');
  useEffect(() => {
    void fetch('../atlas/graph.json')
      .then((r) => r.json() as Promise<GraphJson>)
      .then((g) => {
        setFuse(new Fuse(g.nodes, { keys: ['id', 'name'], threshold: 0.35 }));
        setElements([
          ...g.nodes.map((n) => ({ data: { id: n.id, label: `${n.id} ${n.name}` }, position: { x: n.x, y: n.y } })),
          ...g.edges.map((e, i) => ({ data: { id: `e${i}`, source: e.source, target: e.target } })),
        ]);
      });
  }, []);
  const onCy = (cy: Core) => {
    if ((cy as Core & { __marked?: boolean }).__marked) return;
    (cy as Core & { __marked?: boolean }).__marked = true;
    // Ready once cytoscape has painted the graph: the frame after its first render.
    cy.one('render', () => requestAnimationFrame(() => performance.mark('atlas:graph-ready')));
  };
  const hits = fuse && query ? fuse.search(query, { limit: 12 }) : [];
  return (
    <>
      <div id="search">
        <input aria-label="Search" value={query} onChange={(e) => setQuery(e.target.value)} />
        <ul role="listbox">{hits.map((h) => <li role="option" aria-selected={false} key={h.item.id}>{h.item.id} {h.item.name}</li>)}</ul>
      </div>
      {elements && (
        <CytoscapeComponent elements={elements} stylesheet={STYLE} layout={{ name: 'preset' }} style={{ width: '100%', height: '100%' }} cy={onCy} />
      )}
    </>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
