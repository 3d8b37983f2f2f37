/**
 * `npm run schema:json [-- --out DIR]`: writes atlas.schema.json, generated from the zod schema, for
 * editors. With --out, writes it into DIR (your own atlas, e.g. $ATLAS_DATA) together with a
 * DIR/.vscode/settings.json that maps every kind folder's YAML files to it, so autocompletion works
 * when DIR is opened as a workspace, wherever it is.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { KIND_FOLDERS } from '../../src/model/schema.ts';
import { flag, runCli } from './args.ts';
import { buildJsonSchema } from '../json-schema.ts';

runCli(async () => {
  const out = flag(process.argv.slice(2), '--out');
  const schema = JSON.stringify(buildJsonSchema(), null, 2) + '\n';
  if (!out) {
    writeFileSync('atlas.schema.json', schema);
    console.log('wrote atlas.schema.json');
    return 0;
  }
  const dir = resolve(out);
  mkdirSync(join(dir, '.vscode'), { recursive: true });
  writeFileSync(join(dir, 'atlas.schema.json'), schema);
  const settingsFile = join(dir, '.vscode', 'settings.json');
  let settings: Record<string, unknown> = {};
  try {
    settings = JSON.parse(readFileSync(settingsFile, 'utf8')) as Record<string, unknown>;
  } catch {
    // none yet, or not plain JSON: write a fresh one
  }
  const folders = [...Object.values(KIND_FOLDERS), 'paths'];
  settings['yaml.schemas'] = { ...((settings['yaml.schemas'] as object) ?? {}), './atlas.schema.json': folders.map((f) => `${f}/*.yaml`) };
  writeFileSync(settingsFile, JSON.stringify(settings, null, 2) + '\n');
  console.log(`wrote ${join(dir, 'atlas.schema.json')} and ${settingsFile}`);
  return 0;
});
