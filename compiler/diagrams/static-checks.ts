/**
 * Checks on a diagram's text that need no parser. The app renders with
 * securityLevel 'strict' anyway; rejecting these at build time keeps hostile or
 * config-changing diagrams out of the bundle in the first place.
 */
import { LIMITS } from '../../src/model/schema.ts';

const RULES: [RegExp, string][] = [
  [/%%\s*\{/, 'init directives (%%{...}%%) are not allowed: the app owns mermaid configuration'],
  [/^\s*---\s*$/m, 'front matter (---) is not allowed: the app owns mermaid configuration'],
  [/^\s*(click|call|href)\s/im, 'click/call/href interactions are not allowed'],
  [/<\s*\/?\s*(?!br\s*\/?\s*>)[a-z]/i, 'HTML tags other than <br/> are not allowed'],
  [/javascript\s*:/i, 'javascript: URLs are not allowed'],
  [/\b(themeCSS|themeVariables|securityLevel|dompurifyConfig)\b/i, 'configuration keys are not allowed in diagrams'],
];

export function staticDiagramProblems(source: string): string[] {
  if (source.length > LIMITS.diagramSource) return [`is longer than ${LIMITS.diagramSource} characters (mermaid's limit)`];
  const out: string[] = [];
  for (const [pattern, message] of RULES) if (pattern.test(source)) out.push(message);
  return out;
}
