/**
 * `npm run layout:update [-- DIR] [--fresh]`: refresh the committed positions (DIR/layout.json).
 *
 * By default every committed position is kept, new entities are placed near what they link to and
 * entries of removed entities are dropped. `--fresh` recomputes the whole banded layout (use it
 * after a large content change, accepting that the map is redrawn once).
 */
import { compileData } from '../compile.ts';
import { computeLayout } from '../bundle/layout.ts';
import { layoutPath, readCommittedLayout, writeLayout } from '../bundle/layout-file.ts';
import { dataDirFrom, reportProblems, runCli } from './args.ts';

runCli(async () => {
  const args = process.argv.slice(2);
  const dir = dataDirFrom(args.find((a) => !a.startsWith('-')));
  const fresh = args.includes('--fresh');
  const result = await compileData(dir, { skipLayout: true, skipDiagramParse: true });
  if (!result.ok) {
    reportProblems(result.problems);
    return 1;
  }
  const { entities, edges } = result.bundle;
  const committed = fresh ? {} : readCommittedLayout(dir);
  const known = entities.filter((e) => e.id in committed).length;
  const positions = computeLayout(entities, edges, committed);
  writeLayout(dir, positions);
  const dropped = Object.keys(committed).filter((id) => !(id in positions)).length;
  console.log(
    `${layoutPath(dir)}: ${entities.length} positions` +
      (fresh ? ' (fresh layout)' : ` (${known} kept, ${entities.length - known} placed, ${dropped} dropped)`),
  );
  return 0;
});
