// Parses mermaid diagrams in a worker thread so that a diagram that hangs or
// exhausts memory can be killed without losing the rest of the run.
// Plain JS (not TS) so it runs in a worker without a loader.
import { parentPort } from 'node:worker_threads';
import { JSDOM } from 'jsdom';

// Mermaid's parsers reach for a DOM (DOMPurify, text measuring); a bare jsdom is enough to parse.
const dom = new JSDOM('<!doctype html><html><body></body></html>');
Object.assign(globalThis, {
  window: dom.window,
  document: dom.window.document,
  DOMParser: dom.window.DOMParser,
  Element: dom.window.Element,
  HTMLElement: dom.window.HTMLElement,
});

const mermaidReady = import('mermaid').then(({ default: mermaid }) => {
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', maxEdges: 500, maxTextSize: 50000 });
  return mermaid;
});

function countEdges(diagram) {
  const db = diagram?.db;
  if (!db) return 0;
  if (typeof db.getEdges === 'function') return db.getEdges().length;
  if (typeof db.getMessages === 'function') return db.getMessages().length;
  if (typeof db.getRelations === 'function') return db.getRelations().length;
  return 0;
}

parentPort.on('message', async ({ key, source }) => {
  try {
    const mermaid = await mermaidReady;
    const diagram = await mermaid.mermaidAPI.getDiagramFromText(source);
    parentPort.postMessage({ key, ok: true, type: diagram.type, edges: countEdges(diagram) });
  } catch (err) {
    const message = String((err && err.message) || err).split('\n').slice(0, 4).join(' ').replace(/\s+/g, ' ').slice(0, 400);
    parentPort.postMessage({ key, ok: false, error: message });
  }
});
