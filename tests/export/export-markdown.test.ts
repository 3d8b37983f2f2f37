/**
 * The exported Markdown of every real entity round-trips: a CommonMark/GFM parser (marked, the
 * one mermaid itself uses) finds the page's sections as `##` headings in order, each named item
 * as a `###` heading, every diagram as a ```mermaid block that mermaid parses (in Node, as the
 * compiler does), every source as a link, and no HTML at all.
 */
import { describe, expect, it } from 'vitest';
import { Lexer, type Token, type Tokens } from 'marked';
import { parse as parseYaml } from 'yaml';
import { checkDiagrams } from '../../compiler/diagrams/check-diagrams';
import { splitForApp } from '../../compiler/bundle/split';
import type { Entity } from '../../src/model/bundle';
import { buildGraphIndex } from '../../src/model/graph-index';
import { relationGroups } from '../../src/model/relation-groups';
import { sectionsOf } from '../../src/model/sections';
import { code, entityToMarkdown, fenced, inline, type MarkdownOptions } from '../../src/model/export-markdown';
import { realBundle } from '../data/real-bundle';

/** Front matter is split off first, as GitHub, Obsidian and MkDocs do. */
function splitFrontMatter(md: string): { meta: Record<string, unknown>; body: string } {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(md);
  if (!m) throw new Error('no front matter');
  return { meta: parseYaml(m[1]!) as Record<string, unknown>, body: md.slice(m[0].length) };
}

/** Every token, nested ones included. */
function walk(tokens: readonly Token[], out: Token[] = []): Token[] {
  for (const t of tokens) {
    out.push(t);
    const nested = (t as { tokens?: Token[] }).tokens;
    if (nested) walk(nested, out);
    if (t.type === 'list') for (const item of (t as Tokens.List).items) walk(item.tokens, out);
  }
  return out;
}

/** What a reader sees in a heading: its inline tokens' text, escapes and entities resolved. */
function plain(tokens: readonly Token[]): string {
  return tokens
    .map((t) => ('tokens' in t && t.tokens ? plain(t.tokens) : t.type === 'escape' ? (t as Tokens.Escape).text : 'text' in t ? String(t.text) : ''))
    .join('')
    .replace(/&lt;/g, '<')
    .replace(/&amp;/g, '&');
}

function optionsFor(index: ReturnType<typeof buildGraphIndex>, id: string): MarkdownOptions {
  const relations = relationGroups(index, id).map((g) => ({ label: g.label, items: g.items.map((it) => ({ id: it.other.id, name: it.other.name, why: it.why })) }));
  return { relations, entityUrl: (other) => `https://atlas.example/atlas/#/entity/${encodeURIComponent(other)}` };
}

/** The headings a page has: its sections, and under each its named items (numbered items are lists). A heading's text is trimmed. */
function expectedHeadings(e: Entity): { depth: number; text: string }[] {
  return sectionsOf(e).flatMap((s) => [
    { depth: 2, text: s.label },
    ...s.items.filter((it) => !/^\d+$/.test(it.slug)).map((it) => ({ depth: 3, text: it.label.trim() })),
  ]);
}

describe('entity → Markdown (real data)', async () => {
  const bundle = await realBundle();
  const index = buildGraphIndex(splitForApp(bundle).graph);
  const exported = bundle.entities.map((e) => ({ e, md: entityToMarkdown(e, optionsFor(index, e.id)) }));

  it('covers every kind', () => {
    expect(new Set(bundle.entities.map((e) => e.kind)).size).toBeGreaterThanOrEqual(6);
  });

  it('has front matter with id, kind and confidence', () => {
    for (const { e, md } of exported) {
      const { meta } = splitFrontMatter(md);
      expect(meta, e.id).toMatchObject({ id: e.id, title: e.name, kind: e.kind, confidence: e.confidence, maturity: e.maturity });
    }
  });

  it('has the title, then one ## per section in page order and one ### per named item', () => {
    for (const { e, md } of exported) {
      const tokens = new Lexer({ gfm: true }).lex(splitFrontMatter(md).body);
      const headings = tokens.filter((t): t is Tokens.Heading => t.type === 'heading');
      expect(headings[0], e.id).toMatchObject({ depth: 1 });
      expect(plain(headings[0]!.tokens)).toBe(e.name);
      expect(headings.slice(1).map((h) => ({ depth: h.depth, text: plain(h.tokens) })), e.id).toEqual(expectedHeadings(e));
    }
  });

  it('never produces HTML and links every source', () => {
    for (const { e, md } of exported) {
      const all = walk(new Lexer({ gfm: true }).lex(splitFrontMatter(md).body));
      expect(all.filter((t) => t.type === 'html').map((t) => t.raw), e.id).toEqual([]);
      const hrefs = new Set(all.filter((t): t is Tokens.Link => t.type === 'link').map((t) => t.href));
      for (const s of e.sources) expect(hrefs.has(s.url.replace(/ /g, '%20').replace(/\(/g, '%28').replace(/\)/g, '%29')), `${e.id}: ${s.url}`).toBe(true);
    }
  });

  it('carries every diagram as a ```mermaid block that mermaid parses', async () => {
    const jobs = exported.flatMap(({ e, md }) => {
      const blocks = walk(new Lexer({ gfm: true }).lex(splitFrontMatter(md).body)).filter((t): t is Tokens.Code => t.type === 'code' && t.lang === 'mermaid');
      expect(blocks.map((b) => b.text), e.id).toEqual(e.diagrams.map((d) => d.source.replace(/\s+$/, '')));
      return blocks.map((b, i) => ({ file: `${e.id}.md`, path: `diagram ${i + 1}`, source: b.text }));
    });
    expect(jobs.length).toBeGreaterThan(100);
    // Every block equals its source (above), and check:data parses every source; parsing all ~1,000 again
    // here would only repeat that, for minutes on a busy machine. Inside a fence Markdown only reacts to fence
    // characters, so mermaid parses the blocks holding backticks or tildes, and three of each diagram type.
    const perType = new Map<string, number>();
    const sample = jobs.filter((j) => {
      const type = j.source.trim().split(/\s/)[0]!;
      const n = perType.get(type) ?? 0;
      perType.set(type, n + 1);
      return n < 3 || /[`~]/.test(j.source);
    });
    expect(sample.length).toBeGreaterThan(20);
    // A broken block rides along, so a parser that accepted anything would fail this test.
    const problems = await checkDiagrams([...sample, { file: 'control.md', path: 'broken', source: 'flowchart LR\n  A --> ' }], { cacheFile: null });
    expect(problems.map((p) => p.file)).toEqual(['control.md']);
  }, 300_000);
});

describe('Markdown escaping', () => {
  const lex = (md: string) => walk(new Lexer({ gfm: true }).lex(md));

  it('keeps hostile text as text', () => {
    const md = inline('<img src=x onerror=alert(1)> [click](javascript:alert(1)) **bold** `code` &amp; _x_');
    const tokens = lex(md);
    expect(tokens.some((t) => t.type === 'html' || t.type === 'link' || t.type === 'strong' || t.type === 'codespan' || t.type === 'em')).toBe(false);
    expect(md).toContain('&lt;img');
  });

  it('keeps block syntax at the start of text from starting a block', () => {
    for (const s of ['# not a heading', '> not a quote', '- not a list', '1. not a list', '+ not a list', '---']) {
      const [t] = new Lexer({ gfm: true }).lex(inline(s));
      expect(t!.type, s).toBe('paragraph');
    }
  });

  it('fences code that holds backticks', () => {
    const block = fenced('sh', 'echo ```\n```\nls');
    const [t] = new Lexer({ gfm: true }).lex(block);
    expect(t).toMatchObject({ type: 'code', lang: 'sh', text: 'echo ```\n```\nls' });
    const [p] = new Lexer({ gfm: true }).lex(code('kubectl get `pods`'));
    expect((p as Tokens.Paragraph).tokens[0]).toMatchObject({ type: 'codespan', text: 'kubectl get `pods`' });
  });
});
