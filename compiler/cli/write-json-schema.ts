/** `npm run schema:json`: writes atlas.schema.json, generated from the zod schema, for editors. */
import { writeFileSync } from 'node:fs';
import { z } from 'zod';
import { ENTITY_SCHEMAS, pathSchema } from '../../src/model/schema.ts';
import { runCli } from './args.ts';

runCli(async () => {
  const defs = Object.fromEntries(
    [...Object.entries(ENTITY_SCHEMAS), ['path', pathSchema] as const].map(([k, s]) => [k, z.toJSONSchema(s, { io: 'input', unrepresentable: 'any' })]),
  );
  const schema = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'Atlas data file',
    description: 'One entity (or quick-start path) of the Atlas data directory. Generated from src/model/schema.ts.',
    anyOf: Object.keys(defs).map((k) => ({ $ref: `#/$defs/${k}` })),
    $defs: defs,
  };
  writeFileSync('atlas.schema.json', JSON.stringify(schema, null, 2) + '\n');
  console.log('wrote atlas.schema.json');
  return 0;
});
