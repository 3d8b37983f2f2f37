import { describe, expect, it } from 'vitest';
import { overviewSvg, shapePath } from '../../compiler/bundle/overview-svg';
import { fitBounds, MAX_FIT_ZOOM } from '../../src/graph/framing';
import { LARGE_GRAPH } from '../../src/graph/stylesheet';
import type { GraphNode } from '../../src/model/app-data';
import type { Edge } from '../../src/model/bundle';

const node = (id: string, kind: GraphNode['kind'], x: number, y: number): GraphNode => ({ id, kind, name: id, confidence: 'A', maturity: 'proven', degree: 1, x, y, shard: 0 });

describe('overview SVG (the pre-painted graph)', () => {
  const nodes = [node('G-LIN', 'guarantee', 0, 0), node('M5', 'mechanism', 300, 100), node('INC-X-2020', 'incident', 600, -50)];
  const edges: Edge[] = [{ source: 'M5', target: 'G-LIN', type: 'provides' } as Edge];

  it('frames the nodes like the live graph’s first fit, at most MAX_FIT_ZOOM', () => {
    const svg = overviewSvg({ nodes, edges });
    const b = fitBounds(nodes)!;
    expect(svg).toContain(`viewBox="${b.x0} ${b.y0} ${b.x1 - b.x0} ${b.y1 - b.y0}"`);
    expect(svg).toContain(`width="${Math.ceil((b.x1 - b.x0) * MAX_FIT_ZOOM)}"`);
  });

  it('draws one shape per node, grouped by kind, edges as lines, and no text', () => {
    const svg = overviewSvg({ nodes, edges });
    expect(svg.match(/class="k-/g)).toHaveLength(3);
    expect(svg).toContain('d="M300 100L0 0"');
    expect(svg).not.toMatch(/<text|<script|on\w+=/);
  });

  it('leaves the edges out above the large-graph threshold, as the live graph does', () => {
    const many = Array.from({ length: LARGE_GRAPH + 1 }, (_, i) => node(`CS-N${i}`, 'case-study', (i % 40) * 90, Math.floor(i / 40) * 90));
    const svg = overviewSvg({ nodes: many, edges: [{ source: 'CS-N0', target: 'CS-N1', type: 'contrasts' } as Edge] });
    expect(svg).not.toContain('stroke="');
    expect(svg.match(/class="k-/g)).toHaveLength(1);
  });

  it('closes every shape path', () => {
    for (const shape of ['ellipse', 'round-rectangle', 'diamond', 'hexagon', 'triangle', 'star', 'vee']) {
      expect(shapePath(shape, 10, 20, 30)).toMatch(/^M[\d.\s-].*z$/);
    }
  });
});
