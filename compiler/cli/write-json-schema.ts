/** `npm run schema:json`: writes atlas.schema.json, generated from the zod schema, for editors. */
import { writeFileSync } from 'node:fs';
import { runCli } from './args.ts';
import { buildJsonSchema } from '../json-schema.ts';

runCli(async () => {
  writeFileSync('atlas.schema.json', JSON.stringify(buildJsonSchema(), null, 2) + '\n');
  console.log('wrote atlas.schema.json');
  return 0;
});
