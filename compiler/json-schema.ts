/** The JSON Schema editors use for data files, generated from the one zod schema. */
import { z } from 'zod';
import { ENTITY_SCHEMAS, pathSchema } from '../src/model/schema.ts';

export function buildJsonSchema(): Record<string, unknown> {
  const defs = Object.fromEntries(
    [...Object.entries(ENTITY_SCHEMAS), ['path', pathSchema] as const].map(([k, s]) => [k, z.toJSONSchema(s, { io: 'input', unrepresentable: 'any' })]),
  );
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'Atlas data file',
    description: 'One entity (or quick-start path) of the Atlas data directory. Generated from src/model/schema.ts by npm run schema:json.',
    anyOf: Object.keys(defs).map((k) => ({ $ref: `#/$defs/${k}` })),
    $defs: defs,
  };
}
