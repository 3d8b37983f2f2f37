import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDiagrams } from '../../compiler/diagrams/check-diagrams';

const WORKER = join(import.meta.dirname, '..', 'fixtures', 'workers', 'misbehaving-worker.mjs');

describe('diagram parsing is bounded in time and memory', () => {
  it('reports a hanging and a memory-hungry diagram, and still checks the others', async () => {
    const jobs = [
      { file: 'a.yaml', path: 'diagrams[0].source', source: 'flowchart LR\n A --> B' },
      { file: 'b.yaml', path: 'diagrams[0].source', source: 'HANG' },
      { file: 'c.yaml', path: 'diagrams[1].source', source: 'BOOM' },
      { file: 'd.yaml', path: 'diagrams[0].source', source: 'flowchart LR\n C --> D' },
    ];
    const problems = await checkDiagrams(jobs, { workerFile: WORKER, timeoutMs: 1500, memoryMb: 32, cacheFile: null, workers: 1 });
    const byFile = Object.fromEntries(problems.map((p) => [p.file, p.message]));
    expect(byFile['b.yaml']).toMatch(/parsing took longer than/);
    expect(byFile['c.yaml']).toMatch(/ran out of memory|crashed|exited/);
    expect(byFile['a.yaml']).toBeUndefined();
    expect(byFile['d.yaml']).toBeUndefined();
    expect(problems).toHaveLength(2);
  }, 90_000);
});
