import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildJsonSchema } from '../../compiler/json-schema';

describe('generated JSON Schema', () => {
  it('is committed up to date (run npm run schema:json after changing the schema)', () => {
    const committed = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'atlas.schema.json'), 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(buildJsonSchema())));
  });

  it('describes every kind and rejects unknown keys', () => {
    const s = buildJsonSchema() as { $defs: Record<string, { additionalProperties?: boolean; required?: string[] }> };
    expect(Object.keys(s.$defs).sort()).toEqual(['case-study', 'guarantee', 'incident', 'mechanism', 'micro-pattern', 'path', 'symptom', 'system-pattern']);
    expect(s.$defs.mechanism.additionalProperties).toBe(false);
    expect(s.$defs.incident.required).toEqual(expect.arrayContaining(['id', 'name', 'postmortem', 'timeline']));
  });
});
