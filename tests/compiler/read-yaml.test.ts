import { describe, expect, it } from 'vitest';
import { readYaml } from '../../compiler/load/read-yaml';

const enc = (s: string) => new TextEncoder().encode(s);
const messages = (bytes: Uint8Array) => {
  const r = readYaml(bytes);
  return r.ok ? [] : r.issues.map((i) => `${i.path ?? ''}|${i.message}`);
};

describe('readYaml: every hostile class gives a message, never a throw', () => {
  const table: [string, Uint8Array, RegExp][] = [
    ['invalid UTF-8', new Uint8Array([0x69, 0x64, 0x3a, 0x20, 0xff, 0xfe]), /not valid UTF-8/],
    ['byte-order mark', new Uint8Array([0xef, 0xbb, 0xbf, ...enc('id: M1\n')]), /byte-order mark/],
    ['tab indentation', enc('a:\n\tb: 1\n'), /Tabs/],
    ['duplicate keys', enc('id: M1\nid: M2\n'), /unique/],
    ['several documents', enc('id: M1\n---\nid: M2\n'), /2 YAML documents/],
    ['alias bomb', enc('a: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b]\n'), /anchors/],
    ['%YAML 1.1 directive', enc('%YAML 1.1\n---\nid: M1\n'), /directives/],
    ['merge key', enc('base: {x: 1}\nc:\n  <<: {x: 1}\n'), /merge keys/],
    ['!!binary tag', enc('a: !!binary aGVsbG8=\n'), /tag .*binary/],
    ['!!set tag', enc('a: !!set {x, y}\n'), /tag .*set/],
    ['!!js/function tag', enc('a: !!js/function "function(){}"\n'), /tag .*js\/function/],
    ['custom tag', enc('a: !Ref foo\n'), /tag !Ref/],
    ['very deep nesting', enc('a: ' + '['.repeat(60) + ']'.repeat(60) + '\n'), /nesting deeper/],
    ['very deep block indentation', enc('a:\n' + ' '.repeat(400) + 'b: 1\n'), /indentation deeper/],
    ['empty file', enc(''), /empty/],
    ['blank file', enc('  \n\n'), /empty/],
    ['NUL byte', enc('id: M1\u0000\n'), /NUL/],
    ['syntax error', enc('a: [1, 2\n'), /YAML error: /],
  ];
  it.each(table)('%s', (_name, bytes, pattern) => {
    const m = messages(bytes);
    expect(m.length).toBeGreaterThan(0);
    expect(m.join('\n')).toMatch(pattern);
  });

  it('refuses pathological nesting before the parser can exhaust memory', () => {
    const r = readYaml(enc('a: ' + '['.repeat(200_000) + ']'.repeat(200_000)));
    expect(r).toEqual({ ok: false, issues: [{ message: 'nesting deeper than 24 levels', at: { line: 1, col: 28 } }] });
  });

  it('ignores brackets inside quoted strings and comments when measuring nesting', () => {
    const r = readYaml(enc(`a: "${'['.repeat(50)}"\n# ${'{'.repeat(50)}\nb: '${'{'.repeat(50)}'\n`));
    expect(r.ok).toBe(true);
  });

  it('accepts a plain document', () => {
    const r = readYaml(enc('id: M1\nlist: [a, b]\nmap: { k: v }\n'));
    expect(r).toMatchObject({ ok: true, value: { id: 'M1', list: ['a', 'b'], map: { k: 'v' } } });
  });

  it('does not count brackets inside block scalars, even across many diagrams of one file', () => {
    const diagram = (i: number) => `  - title: D${i}\n    source: |\n      flowchart LR\n        A[Service Plane #10B981] --> B{{x\n        C[[[ --> D\n`;
    const r = readYaml(enc(`diagrams:\n${Array.from({ length: 30 }, (_, i) => diagram(i)).join('')}`));
    expect(r.ok).toBe(true);
  });

  it('does not count brackets inside plain scalars in block context', () => {
    expect(readYaml(enc(`a: Service [Plane ${'['.repeat(40)}\n- b: x {{{\n`.replace('- b', 'b'))).ok).toBe(true);
  });

  it('still counts real flow nesting that starts after a block scalar', () => {
    const r = readYaml(enc(`s: |\n  [[[\nd: ${'['.repeat(30)}${']'.repeat(30)}\n`));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.issues[0]).toMatchObject({ message: 'nesting deeper than 24 levels', at: { line: 3 } });
  });

  it('locates fields and maps a line of a literal block scalar to the file line', () => {
    const r = readYaml(enc('id: M1\ndiagrams:\n  - title: T\n    source: |\n      flowchart LR\n        A --> B\n'));
    if (!r.ok) throw new Error('expected ok');
    expect(r.locate(['diagrams', 0, 'title'])).toEqual({ line: 3, col: 12 });
    expect(r.locate(['diagrams', 0, 'title'], { key: true })).toEqual({ line: 3, col: 5 });
    expect(r.locateInside(['diagrams', 0, 'source'], 2, 3)).toEqual({ line: 6, col: 9, exact: true });
  });
});
