/**
 * Checks on a diagram's text that need no parser. The app renders with
 * securityLevel 'strict' anyway; rejecting these at build time keeps hostile or
 * config-changing diagrams out of the bundle in the first place.
 */
import { LIMITS } from '../../src/model/schema.ts';

export interface StaticProblem {
  message: string;
  /** Where in the diagram text (0-based character offset) the offending construct starts. */
  index: number;
}

/**
 * Real markup: `<tag`, `</tag` or `<tag/` followed by attributes and a closing `>`. A `<` before a space
 * or digit (`Latency < SLA`, `p99 <200ms`), a bare `<word` that is never closed (`<baseline`), arrows
 * (`<-->`, `<|--`) and class annotations (`<<interface>>`) are text, not tags.
 */
const TAG = /(?<!<)<\s*\/?\s*[a-z][a-z0-9-]*(?:\s+[a-z][a-z0-9-]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'<>]+))?)*\s*\/*\s*>(?!>)/gi;
/** Line breaks mermaid itself turns into a new line (its lineBreakRegex, plus repeated slashes). */
const BREAK = /^<\s*br\s*\/*\s*>$/i;

const RULES: [RegExp, string][] = [
  [/%%\s*\{/, 'init directives (%%{...}%%) are not allowed: the app owns mermaid configuration'],
  [/^\s*---\s*$/m, 'front matter (---) is not allowed: the app owns mermaid configuration'],
  [/^\s*(click|call|href)\s/im, 'click/call/href interactions are not allowed'],
  [/javascript\s*:/i, 'javascript: URLs are not allowed'],
  [/\b(themeCSS|themeVariables|securityLevel|dompurifyConfig)\b/i, 'configuration keys are not allowed in diagrams'],
];

export function staticDiagramProblems(source: string): StaticProblem[] {
  if (source.length > LIMITS.diagramSource) return [{ message: `is longer than ${LIMITS.diagramSource} characters (mermaid's limit)`, index: 0 }];
  const out: StaticProblem[] = [];
  for (const [pattern, message] of RULES) {
    const m = pattern.exec(source);
    if (m) out.push({ message, index: m.index + (m[0].length - m[0].trimStart().length) });
  }
  for (const m of source.matchAll(TAG)) {
    if (BREAK.test(m[0])) continue;
    out.push({ message: `HTML tag ${JSON.stringify(m[0])} is not allowed: the app renders labels as plain text (only <br/> breaks a line)`, index: m.index });
    break;
  }
  return out;
}

/** 1-based line and column of a character offset. */
export function lineColOf(source: string, index: number): { line: number; col: number } {
  const before = source.slice(0, index);
  const line = before.split('\n').length;
  return { line, col: index - before.lastIndexOf('\n') };
}
