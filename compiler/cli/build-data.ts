/** `npm run build:data -- --data DIR --out FILE`: write the compiled bundle for DIR to FILE. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { compileData } from '../compile.ts';
import { dataDirFrom, flag, reportProblems, runCli } from './args.ts';

runCli(async () => {
  const args = process.argv.slice(2);
  const dir = dataDirFrom(flag(args, '--data'));
  const out = resolve(flag(args, '--out') ?? 'atlas-bundle.json');
  const result = await compileData(dir);
  if (!result.ok) {
    reportProblems(result.problems);
    return 1;
  }
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(result.bundle));
  console.log(`wrote ${out} (${result.bundle.entities.length} entities, ${result.bundle.edges.length} edges)`);
  return 0;
});
