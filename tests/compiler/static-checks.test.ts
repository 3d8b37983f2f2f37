import { describe, expect, it } from 'vitest';
import { staticDiagramProblems } from '../../compiler/diagrams/static-checks';
import { translateMermaidError } from '../../compiler/diagrams/mermaid-errors';
import { didYouMean } from '../../compiler/validate/suggest';

describe('the HTML rule refuses markup, not comparisons', () => {
  const accepted = [
    'flowchart LR\n  A["Latency < SLA"] --> B',
    'flowchart LR\n  A["p99 <200ms"] --> B',
    'flowchart LR\n  A[<baseline] --> B',
    'flowchart LR\n  A["x <baseline value"] --> B',
    'flowchart LR\n  A["a<br//>b"] --> B["c<br>d"] --> C["e<BR />f"]',
    'classDiagram\n  class A {\n    <<interface>>\n  }\n  A <|-- B',
    'stateDiagram-v2\n  state f <<fork>>',
    'flowchart LR\n  A <--> B',
  ];
  it.each(accepted)('accepts %j', (src) => expect(staticDiagramProblems(src)).toEqual([]));

  const refused = ['A["<img src=x onerror=alert(1)>"]', 'A[<b>bold</b>]', 'A["</div>"]', 'A[<span style="color:red">x</span>]'];
  it.each(refused)('refuses %j and says where', (src) => {
    const p = staticDiagramProblems(`flowchart LR\n  ${src} --> B`);
    expect(p).toHaveLength(1);
    expect(p[0].message).toMatch(/^HTML tag "<\/?[a-z]+.*" is not allowed/);
    expect(p[0].index).toBe(`flowchart LR\n  ${src}`.indexOf('<'));
  });
});

describe('mermaid errors are translated', () => {
  it('explains the timeline section colon and points at it', () => {
    const src = 'timeline\n  title T\n  section 2020: early\n    2020 : a';
    const t = translateMermaidError("Cannot read properties of undefined (reading 'events')", src, 'render');
    expect(t.message).toContain('a timeline "section" line contains a colon');
    expect(t.at).toEqual({ line: 3, col: 3 });
  });

  it('keeps the decisive "got" of a long parse error, shortened by count', () => {
    const raw = "Parse error on line 2:\n...\n---^\nExpecting 'A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', got 'EOF'";
    expect(translateMermaidError(raw, 'flowchart LR\n  A -->').message).toBe(
      "mermaid cannot parse this diagram: found the end of the diagram where it expects 'A', 'B', 'C', 'D', 'E', 'F', 'G', 'H' and 2 more",
    );
  });
});

describe('did you mean', () => {
  it('suggests the nearest names, and nothing when none is close', () => {
    expect(didYouMean('whenToUze', ['whenToUse', 'whenNotToUse', 'summary'])).toBe(' (did you mean "whenToUse"?)');
    expect(didYouMean('M99', ['M9', 'M19', 'G-LIN'])).toBe(' (did you mean "M9" or "M19"?)');
    expect(didYouMean('completely-different', ['uses', 'requires'])).toBe('');
  });
});
