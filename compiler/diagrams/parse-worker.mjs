// Parses and renders mermaid diagrams in a worker thread, with the app's own mermaid
// configuration (passed in as workerData by check-diagrams.ts from src/diagram/mermaid-config.ts),
// so that a diagram that hangs or exhausts memory can be killed without losing the rest of the run.
// Plain JS (not TS) so it runs in a worker without a loader.
import { parentPort, workerData } from 'node:worker_threads';
import { JSDOM } from 'jsdom';

// Mermaid reaches for a DOM (DOMPurify, styles, text measuring). jsdom has no layout, so text is
// measured by a rough estimate: enough for the renderers to run their code paths end to end.
const dom = new JSDOM('<!doctype html><html><body></body></html>', { pretendToBeVisual: true });
const w = dom.window;
Object.assign(globalThis, {
  window: w,
  document: w.document,
  DOMParser: w.DOMParser,
  Element: w.Element,
  HTMLElement: w.HTMLElement,
  SVGElement: w.SVGElement,
  CSSStyleSheet: w.CSSStyleSheet,
  Node: w.Node,
  MutationObserver: w.MutationObserver,
  XMLSerializer: w.XMLSerializer,
  getComputedStyle: w.getComputedStyle.bind(w),
});
w.SVGElement.prototype.getBBox = function () {
  const t = this.textContent || '';
  return { x: 0, y: 0, width: t.length * 8, height: 16 };
};
w.SVGElement.prototype.getComputedTextLength = function () {
  return (this.textContent || '').length * 8;
};
// jsdom prints "Not implemented" for canvas; those diagram types are only checked in a browser.
dom.virtualConsole?.removeAllListeners?.('jsdomError');

const config = workerData?.config ?? { startOnLoad: false, securityLevel: 'strict', maxEdges: 500, maxTextSize: 50000 };
const renderInDom = workerData?.render !== false;

const mermaidReady = import('mermaid').then(({ default: mermaid }) => {
  mermaid.initialize(config);
  return mermaid;
});

/** Failures that come from jsdom lacking a browser feature, not from the diagram. */
const ENVIRONMENT = /suitable point for the given distance|canvas|not implemented|getContext|is not a function|is not defined|offsetWidth|getTotalLength/i;

function countEdges(diagram) {
  const db = diagram?.db;
  if (!db) return 0;
  if (typeof db.getEdges === 'function') return db.getEdges().length;
  if (typeof db.getMessages === 'function') return db.getMessages().length;
  if (typeof db.getRelations === 'function') return db.getRelations().length;
  return 0;
}

/** Where the parser says the error is: 1-based line and column within the diagram, when it knows. */
function locationOf(err) {
  const loc = err?.hash?.loc;
  if (loc && Number.isInteger(loc.first_line)) return { line: loc.first_line, col: loc.first_column + 1 };
  const line = err?.hash?.line;
  if (Number.isInteger(line)) return { line: line + 1 };
  const m = /line (\d+)(?:,? column (\d+))?/i.exec(String(err?.message ?? ''));
  if (m) return { line: Number(m[1]), ...(m[2] ? { col: Number(m[2]) } : {}) };
  return undefined;
}

let counter = 0;

parentPort.on('message', async ({ key, source }) => {
  let stage = 'parse';
  try {
    const mermaid = await mermaidReady;
    const diagram = await mermaid.mermaidAPI.getDiagramFromText(source);
    const result = { key, ok: true, type: diagram.type, edges: countEdges(diagram), rendered: false };
    if (renderInDom) {
      stage = 'render';
      const id = `atlas-check-${++counter}`;
      try {
        await mermaid.render(id, source);
        result.rendered = true;
      } catch (err) {
        const message = String((err && err.message) || err);
        if (!ENVIRONMENT.test(message)) throw err;
      } finally {
        document.getElementById(id)?.remove();
        document.getElementById(`d${id}`)?.remove();
      }
    }
    parentPort.postMessage(result);
  } catch (err) {
    const message = String((err && err.message) || err);
    parentPort.postMessage({ key, ok: false, stage, error: message, at: locationOf(err) });
  }
});
