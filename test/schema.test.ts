// The JSON Schema: generated from the validator's own zod schemas, committed for editors, and agreeing with the validator.
import { readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import Ajv from 'ajv';
import { load as loadYaml } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { jsonSchema } from '../src/validate/index.js';

const ajv = new Ajv({ allErrors: true, strict: false });
const validateFile = ajv.compile(jsonSchema());

async function yamlFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true }))
    if (e.isFile() && /\.ya?ml$/.test(e.name)) out.push(join(e.parentPath, e.name));
  return out.sort();
}

describe('facts JSON Schema', () => {
  it('graph-data/schema.json is the generated schema (run `npm run schema` after changing the vocabulary)', () => {
    expect(JSON.parse(readFileSync('graph-data/schema.json', 'utf8'))).toEqual(jsonSchema());
  });

  it('is draft-07 and lists every section, relation and attribute for autocompletion', () => {
    const text = JSON.stringify(jsonSchema());
    expect(jsonSchema().$schema).toBe('http://json-schema.org/draft-07/schema#');
    for (const word of [
      'versions',
      'techniques',
      'adopts',
      'extends',
      'derived_from',
      'training_tokens',
      'context_extended',
      'preferred',
      'disputed',
    ])
      expect(text).toContain(`"${word}"`);
  });

  it('accepts every file of graph-data and of the mini fixture (an independent validator, ajv)', async () => {
    const files = [...(await yamlFiles('graph-data')), ...(await yamlFiles('test/fixtures/mini'))];
    expect(files.length).toBeGreaterThan(1);
    for (const f of files) {
      const ok = validateFile(loadYaml(await readFile(f, 'utf8')) ?? {});
      expect(ok ? [] : validateFile.errors, f).toEqual([]);
    }
  });

  it.each(['unknown-field', 'invalid-type', 'missing-field', 'invalid-value'])(
    'rejects the structural fixture %s like the validator does',
    async (name) => {
      const data = loadYaml(await readFile(`test/fixtures/invalid/${name}/facts.yaml`, 'utf8'));
      expect(validateFile(data)).toBe(false);
    },
  );
});
