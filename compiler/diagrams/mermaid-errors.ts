/**
 * Turns mermaid's messages into what the author did wrong. Parser messages keep their decisive
 * part (what was expected, what was found) and lose the excerpt, which the compiler prints itself
 * from the YAML file with a caret; renderer crashes (mermaid internals) become the known cause.
 */

interface Known {
  test: RegExp;
  explain: (m: RegExpMatchArray, source: string) => string;
  /** Where in the source the cause is written (a character offset), when it can be found. */
  find?: (m: RegExpMatchArray, source: string) => number;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const indexOf = (re: RegExp, source: string) => {
  const m = re.exec(source);
  return m ? m.index + (m[0].length - m[0].trimStart().length) : -1;
};

const KNOWN: Known[] = [
  {
    test: /Cannot read properties of undefined \(reading 'events'\)/,
    explain: (_m, source) =>
      /^\s*timeline\b/m.test(source)
        ? 'a timeline "section" line contains a colon; mermaid reads the colon as an event separator and then fails ' +
          '(internal error "reading \'events\'"). Remove the colon from the section title, e.g. "section 2020 - early days"'
        : 'mermaid failed while drawing this diagram (internal error "reading \'events\'")',
    find: (_m, source) => indexOf(/^[ \t]*section\b[^\n]*:/m, source),
  },
  {
    test: /Invalid date:\s*(.*)/,
    explain: (m) =>
      `gantt: ${JSON.stringify(m[1].trim())} is not a valid date for the chart's dateFormat ` +
      '(check the month and day, and that the date is written in the dateFormat given, e.g. YYYY-MM-DD)',
    find: (m, source) => source.indexOf(m[1].trim()),
  },
  {
    test: /Setting (\S+) as parent of \1 would create a cycle/,
    explain: (m) =>
      `the node ${JSON.stringify(m[1])} has the same id as the subgraph that contains it; ` +
      `give the subgraph its own id and keep the title, e.g. "subgraph ${m[1]}_group [${m[1]}]"`,
    find: (m, source) => indexOf(new RegExp(`^[ \\t]*subgraph[ \\t]+${escape(m[1])}\\b`, 'm'), source),
  },
  {
    test: /Setting (\S+) as parent of (\S+) would create a cycle/,
    explain: (m) => `subgraphs ${JSON.stringify(m[1])} and ${JSON.stringify(m[2])} contain each other; a subgraph cannot be inside itself`,
  },
  {
    test: /No diagram type detected/i,
    explain: () =>
      'the first line must name the diagram type (flowchart LR, sequenceDiagram, stateDiagram-v2, classDiagram, erDiagram, gantt, timeline, pie, mindmap, …)',
  },
  {
    test: /Lexical error on line (\d+)\. Unrecognized text\./,
    explain: (m) => `mermaid does not recognise the text at line ${m[1]} of the diagram (a character that needs quoting, e.g. put the label in "…")`,
  },
];

const MAX_EXPECTED = 8;

/** The "Expecting 'A', 'B', got 'C'" part of a parse error, with a long list shortened by count (never cut mid-word). */
function parseErrorSummary(raw: string): string | undefined {
  const langium = /Parsing failed:\s*(?:Parse error on line \d+, column \d+:\s*)?([\s\S]*)/.exec(raw);
  if (langium) return `mermaid cannot parse this diagram: ${langium[1].replace(/\s+/g, ' ').trim()}`;
  if (!/Parse error on line (\d+):/.test(raw)) return undefined;
  const exp = /Expecting (.*), got '([^']*)'/s.exec(raw);
  if (!exp) return `mermaid cannot parse this diagram: ${(raw.trim().split('\n').pop() ?? '').trim()}`;
  const expected = exp[1].split(/,\s*/).map((t) => t.trim());
  const shown = expected.slice(0, MAX_EXPECTED).join(', ');
  const more = expected.length > MAX_EXPECTED ? ` and ${expected.length - MAX_EXPECTED} more` : '';
  return `mermaid cannot parse this diagram: found ${tokenName(exp[2])} where it expects ${shown}${more}`;
}

function tokenName(token: string): string {
  // Jison names the end of input 'EOF' or by its number 1.
  if (token === 'EOF' || token === '1') return 'the end of the diagram';
  if (token === 'NEWLINE' || token === 'NL') return 'the end of the line';
  return `'${token}'`;
}

export interface Translated {
  message: string;
  /** 1-based line and column in the diagram where the cause is written, when known. */
  at?: { line: number; col: number };
}

export function translateMermaidError(raw: string, source: string, stage: 'parse' | 'render' = 'parse'): Translated {
  for (const k of KNOWN) {
    const m = raw.match(k.test);
    if (!m) continue;
    const index = k.find?.(m, source) ?? -1;
    return { message: `mermaid cannot render this diagram: ${k.explain(m, source)}`, ...(index >= 0 ? { at: lineCol(source, index) } : {}) };
  }
  const parse = parseErrorSummary(raw);
  if (parse) return { message: parse };
  if (/parser ran out of memory|parsing took longer|parser crashed|exited unexpectedly/.test(raw)) return { message: `mermaid cannot render this diagram: ${raw}` };
  const flat = raw.replace(/\s+/g, ' ').trim();
  if (stage === 'render') return { message: `mermaid parses this diagram but fails to draw it with the app's settings: ${flat}` };
  return { message: `mermaid cannot render this diagram: ${flat}` };
}

function lineCol(source: string, index: number): { line: number; col: number } {
  const before = source.slice(0, index);
  return { line: before.split('\n').length, col: index - before.lastIndexOf('\n') };
}
