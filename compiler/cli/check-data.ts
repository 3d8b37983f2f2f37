/** `npm run check:data [-- DIR]`: validate a data directory and print every problem. */
import { compileData } from '../compile.ts';
import { dataDirFrom, reportProblems, runCli } from './args.ts';

runCli(async () => {
  const dir = dataDirFrom(process.argv.slice(2).find((a) => !a.startsWith('-')));
  const result = await compileData(dir, { skipLayout: true });
  if (!result.ok) {
    reportProblems(result.problems);
    return 1;
  }
  const c = result.bundle.counts;
  console.log(
    `${dir}: OK — ${c.guarantee} guarantees, ${c.mechanism} mechanisms, ${c['micro-pattern']} micro-patterns, ` +
      `${c['system-pattern']} system patterns, ${c['case-study']} case studies, ${c.incident} incidents, ${c.symptom} symptoms, ` +
      `${c.edges} relations, ${c.diagrams} diagrams, ${c.paths} paths`,
  );
  return 0;
});
