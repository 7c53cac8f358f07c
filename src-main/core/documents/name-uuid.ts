import { createHash } from 'node:crypto';

/** Alongside's own namespace for name-based UUIDs; fixed forever, since ids derive from it. */
const ALONGSIDE_NAMESPACE = '82c00c3e-b345-4b61-9778-fc9b58f5cfa0';

/**
 * A version 5 (SHA-1, name-based) UUID as RFC 9562 defines it: the same name always gives the
 * same UUID, so a released bundle's ids are stable without storing them anywhere.
 */
export function nameUuid(name: string): string {
  const namespace = Buffer.from(ALONGSIDE_NAMESPACE.replaceAll('-', ''), 'hex');
  const hash = createHash('sha1').update(namespace).update(name, 'utf8').digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
