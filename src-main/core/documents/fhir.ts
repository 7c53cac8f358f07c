import { createHash } from 'node:crypto';
import { AppFailure } from '../failure';
import { nameUuid } from './name-uuid';

/**
 * A released share as a FHIR R4 Bundle (type `collection`): a DocumentReference carrying the
 * approved text, and the Consent that allowed this one release. The bytes are UTF-8 JSON, the same
 * for the same input: keys in the order written here, ids derived from the share and consent ids.
 */

export interface FhirShareInput {
  shareId: string;
  personName: string;
  recipient: { name: string; organisation: string; role: string };
  purpose: string;
  text: string;
  consent: {
    id: string;
    decidedAt: string;
    expiresAt: string;
    method: string;
    statementsVersion: string;
  };
  contentSha256: string;
  releasedAt: string;
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** Identifier systems for Alongside's own ids; URNs, since they name no web location. */
export const FHIR_SYSTEMS = {
  share: 'urn:alongside:share-id',
  consent: 'urn:alongside:consent-id',
  contentSha256: 'urn:alongside:content-sha256',
} as const;

const METHOD_DISPLAY: Record<string, string> = {
  side_by_side: 'side-by-side review in person',
  read_aloud: 'read aloud in person',
};

export function buildFhirBundle(input: FhirShareInput): Uint8Array {
  if (!/^[0-9a-f]{64}$/.test(input.contentSha256)) {
    throw new AppFailure('INTERNAL', 'fhir.invalid_content_sha256');
  }
  const releasedAt = instant(input.releasedAt);
  const decidedAt = instant(input.consent.decidedAt);
  const expiresAt = instant(input.consent.expiresAt);

  const documentId = nameUuid(`document-reference:${input.shareId}`);
  const consentId = nameUuid(`consent:${input.consent.id}`);
  const bundleId = nameUuid(`bundle:${input.shareId}:${input.consent.id}`);
  const recipient = `${input.recipient.name}, ${input.recipient.role}, ${input.recipient.organisation}`;
  const textBytes = Buffer.from(input.text, 'utf8');

  const documentReference: Json = {
    resourceType: 'DocumentReference',
    id: documentId,
    text: narrative(
      `Shared with ${recipient}. Purpose: ${input.purpose}. ` +
        `Content fingerprint (SHA-256): ${input.contentSha256}.`,
    ),
    identifier: [
      { use: 'official', system: FHIR_SYSTEMS.share, value: input.shareId },
      {
        use: 'secondary',
        type: { text: 'SHA-256 of the approved share' },
        system: FHIR_SYSTEMS.contentSha256,
        value: input.contentSha256,
      },
    ],
    status: 'current',
    docStatus: 'final',
    type: { text: 'Peer support share' },
    subject: { display: input.personName },
    date: releasedAt,
    author: [{ display: 'Peer support worker' }],
    description: input.purpose,
    // Written with a person who lives with mental illness or addiction: sensitive by nature.
    securityLabel: [
      {
        coding: [
          {
            system: 'http://terminology.hl7.org/CodeSystem/v3-Confidentiality',
            code: 'R',
            display: 'restricted',
          },
        ],
      },
    ],
    content: [
      {
        attachment: {
          contentType: 'text/plain; charset=utf-8',
          data: textBytes.toString('base64'),
          size: textBytes.byteLength,
          // FHIR's Attachment.hash is the base64 SHA-1 of the data; the SHA-256 above is Alongside's.
          hash: createHash('sha1').update(textBytes).digest('base64'),
          title: `Shared with ${recipient}`,
          creation: releasedAt,
        },
      },
    ],
    context: { related: [{ reference: `urn:uuid:${consentId}`, display: 'Consent' }] },
  };

  const method = METHOD_DISPLAY[input.consent.method] ?? input.consent.method;
  const consent: Json = {
    resourceType: 'Consent',
    id: consentId,
    text: narrative(
      `${input.personName} agreed on ${calendarDay(decidedAt)} (${method}) to share this ` +
        `document with ${recipient}, for this purpose: ${input.purpose}. The consent ends on ` +
        `${calendarDay(expiresAt)} and allows one release. ${input.personName} may withdraw it ` +
        `at any time. Statements shown: version ${input.consent.statementsVersion}.`,
    ),
    identifier: [{ use: 'official', system: FHIR_SYSTEMS.consent, value: input.consent.id }],
    status: 'active',
    scope: {
      coding: [
        {
          system: 'http://terminology.hl7.org/CodeSystem/consentscope',
          code: 'patient-privacy',
          display: 'Privacy Consent',
        },
      ],
    },
    category: [
      {
        coding: [
          {
            system: 'http://loinc.org',
            code: '64292-6',
            display: 'Release of information consent',
          },
        ],
      },
      {
        coding: [
          {
            system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode',
            code: 'IDSCL',
            display: 'information disclosure',
          },
        ],
      },
    ],
    patient: { display: input.personName },
    dateTime: decidedAt,
    performer: [{ display: input.personName }],
    policyRule: {
      text: `Alongside consent statements, version ${input.consent.statementsVersion}; given by ${method}`,
    },
    verification: [
      { verified: true, verifiedWith: { display: input.personName }, verificationDate: decidedAt },
    ],
    provision: {
      type: 'permit',
      period: { start: decidedAt, end: expiresAt },
      actor: [
        {
          role: {
            coding: [
              {
                system: 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType',
                code: 'IRCP',
                display: 'information recipient',
              },
            ],
          },
          reference: { display: recipient },
        },
      ],
      action: [
        {
          coding: [
            {
              system: 'http://terminology.hl7.org/CodeSystem/consentaction',
              code: 'disclose',
              display: 'Disclose',
            },
          ],
        },
      ],
      data: [{ meaning: 'instance', reference: { reference: `urn:uuid:${documentId}` } }],
    },
  };

  const bundle: Json = {
    resourceType: 'Bundle',
    id: bundleId,
    identifier: { system: 'urn:ietf:rfc:3986', value: `urn:uuid:${bundleId}` },
    type: 'collection',
    timestamp: releasedAt,
    entry: [
      { fullUrl: `urn:uuid:${documentId}`, resource: documentReference },
      { fullUrl: `urn:uuid:${consentId}`, resource: consent },
    ],
  };

  return new Uint8Array(Buffer.from(`${JSON.stringify(bundle, null, 2)}\n`, 'utf8'));
}

/** FHIR instants need a time zone and seconds; every time is written the same way, in UTC. */
function instant(iso: string): string {
  const time = new Date(iso).getTime();
  if (Number.isNaN(time)) throw new AppFailure('INTERNAL', 'fhir.invalid_date');
  return new Date(time).toISOString();
}

function calendarDay(iso: string): string {
  return iso.slice(0, 10);
}

/** The human-readable summary FHIR asks each resource to carry, as escaped XHTML. */
function narrative(sentence: string): Json {
  return {
    status: 'generated',
    div: `<div xmlns="http://www.w3.org/1999/xhtml"><p>${escapeXml(sentence)}</p></div>`,
  };
}

function escapeXml(text: string): string {
  return text.replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c,
  );
}
