import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { agencyPolicySchema } from '../../../src-main/core/policy/schema';

const resources = join(__dirname, '../../../resources');
const jsonSchema = JSON.parse(
  readFileSync(join(resources, 'policy.schema.json'), 'utf8'),
) as object;
const example = JSON.parse(readFileSync(join(resources, 'policy.example.json'), 'utf8')) as unknown;
const validateJson = new Ajv({ strict: true, allErrors: true }).compile(jsonSchema);

const valid: unknown[] = [
  { version: 1 },
  { version: 1, idleLockMaxMinutes: 1 },
  { version: 1, idleLockMaxMinutes: 60, minPassphraseScore: 0 },
  { version: 1, minPassphraseScore: 4 },
  { version: 1, kdfFloor: { memoryKiB: 262_144, iterations: 3, parallelism: 2 } },
  { version: 1, consentDefaultDays: 14, consentMaxDays: 14 },
  { version: 1, consentMaxDays: 10 },
  { version: 1, releaseFormats: [] },
  { version: 1, releaseFormats: ['fhir_json', 'pdf'] },
  { version: 1, funderReportEnabled: false },
  { $schema: 'https://alongside.invalid/policy.schema.json', version: 1, consentMaxDays: 30 },
];

const invalid: unknown[] = [
  {},
  { version: 2 },
  { version: '1' },
  [],
  'policy',
  null,
  { version: 1, idleLockMaxMinutes: 0 },
  { version: 1, idleLockMaxMinutes: 61 },
  { version: 1, idleLockMaxMinutes: 5.5 },
  { version: 1, minPassphraseScore: 5 },
  { version: 1, minPassphraseScore: -1 },
  { version: 1, kdfFloor: { memoryKiB: 65_536, iterations: 3 } },
  { version: 1, kdfFloor: { memoryKiB: 65_536, iterations: 3, parallelism: 1, salt: 'x' } },
  { version: 1, kdfFloor: { memoryKiB: 0, iterations: 3, parallelism: 1 } },
  { version: 1, consentDefaultDays: 0 },
  { version: 1, releaseFormats: ['docx'] },
  { version: 1, releaseFormats: ['pdf', 'pdf'] },
  { version: 1, releaseFormats: 'pdf' },
  { version: 1, funderReportEnabled: 'yes' },
  { version: 1, idleLockMinutes: 5 },
  { version: 1, alwaysShare: true },
  { $schema: 1, version: 1 },
  { $schema: null, version: 1 },
];

describe('the agency policy schema', () => {
  it('accepts the example in resources/ in both the zod and the JSON Schema form', () => {
    expect(agencyPolicySchema.safeParse(example).success).toBe(true);
    expect(validateJson(example), JSON.stringify(validateJson.errors)).toBe(true);
  });

  it.each(valid.map((sample) => [JSON.stringify(sample), sample]))(
    'both forms accept %s',
    (_name, sample) => {
      expect(agencyPolicySchema.safeParse(sample).success).toBe(true);
      expect(validateJson(sample)).toBe(true);
    },
  );

  it.each(invalid.map((sample) => [JSON.stringify(sample), sample]))(
    'both forms refuse %s',
    (_name, sample) => {
      expect(agencyPolicySchema.safeParse(sample).success).toBe(false);
      expect(validateJson(sample)).toBe(false);
    },
  );

  it('refuses a maximum consent shorter than the default (the one rule JSON Schema cannot say)', () => {
    const sample = { version: 1, consentDefaultDays: 30, consentMaxDays: 7 };
    expect(agencyPolicySchema.safeParse(sample).success).toBe(false);
    // Documented in the schema's description; IT's tools will pass it, Alongside will not.
    expect(validateJson(sample)).toBe(true);
  });
});
