/**
 * `npm run check:data [-- DIR] [--render]`: validate a data directory and print every problem.
 * --render also draws every diagram in Chromium with the app's mermaid configuration.
 */
import { compileData } from '../compile.ts';
import { chromiumAvailable, CHROMIUM_PATH, renderInBrowser } from '../diagrams/browser-render.ts';
import { dataDirFrom, reportProblems, runCli } from './args.ts';

runCli(async () => {
  const args = process.argv.slice(2);
  const dir = dataDirFrom(args.find((a) => !a.startsWith('-')));
  const render = args.includes('--render');
  if (render && !chromiumAvailable()) {
    console.error(`--render needs Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium, or set CHROMIUM_PATH)`);
    return 2;
  }
  const result = await compileData(dir, { skipLayout: true, ...(render ? { renderDiagrams: renderInBrowser } : {}) });
  if (!result.ok) {
    reportProblems(result.problems);
    return 1;
  }
  const c = result.bundle.counts;
  console.log(
    `${dir}: OK — ${c.guarantee} guarantees, ${c.mechanism} mechanisms, ${c['micro-pattern']} micro-patterns, ` +
      `${c['system-pattern']} system patterns, ${c['case-study']} case studies, ${c.incident} incidents, ${c.symptom} symptoms, ` +
      `${c.edges} relations, ${c.diagrams} diagrams, ${c.paths} paths${render ? ' (every diagram rendered in Chromium, light and dark)' : ''}`,
  );
  return 0;
});
