import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { writeFileAtomic } from '../fs/atomic-write';
import { kdfParamsSchema } from './kdf';
import type { KdfParams } from './kdf';

/**
 * vault.json: everything needed to turn a passphrase or a recovery code into the database key,
 * and nothing else. The format is documented in docs/DATA-FORMAT.md; change both together.
 */
export const ENVELOPE_FORMAT = 'alongside-vault';
export const ENVELOPE_VERSION = 1;

const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);

export const SLOT_NAMES = ['passphrase', 'recoveryCode'] as const;
export type SlotName = (typeof SLOT_NAMES)[number];

const slotSchema = z.object({
  kdf: kdfParamsSchema,
  salt: base64,
  cipher: z.literal('aes-256-gcm'),
  nonce: base64,
  wrappedKey: base64,
  tag: base64,
});
export type KeySlot = z.infer<typeof slotSchema>;

export const envelopeSchema = z.object({
  format: z.literal(ENVELOPE_FORMAT),
  version: z.literal(ENVELOPE_VERSION),
  database: z.object({ file: z.literal('alongside.db'), cipher: z.literal('sqlcipher-4-raw-key') }),
  createdAt: z.string(),
  updatedAt: z.string(),
  recoveryCodeConfirmed: z.boolean(),
  slots: z.object({ passphrase: slotSchema, recoveryCode: slotSchema }),
});
export type Envelope = z.infer<typeof envelopeSchema>;

/**
 * Additional authenticated data: binds each wrapped key to its slot, so a wrapped key cannot be
 * moved from one slot to the other without failing authentication.
 */
export function slotAad(slot: SlotName): Buffer {
  return Buffer.from(`${ENVELOPE_FORMAT}/v${ENVELOPE_VERSION}/${slot}`, 'utf8');
}

export function wrapKey(
  dataKey: Buffer,
  kek: Buffer,
  slot: SlotName,
  kdf: KdfParams,
  salt: Buffer,
): KeySlot {
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', kek, nonce);
  cipher.setAAD(slotAad(slot));
  const wrapped = Buffer.concat([cipher.update(dataKey), cipher.final()]);
  return {
    kdf,
    salt: salt.toString('base64'),
    cipher: 'aes-256-gcm',
    nonce: nonce.toString('base64'),
    wrappedKey: wrapped.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
  };
}

/** Returns the data key, or null when the key-encryption key is wrong (authentication fails). */
export function unwrapKey(slot: KeySlot, kek: Buffer, name: SlotName): Buffer | null {
  const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(slot.nonce, 'base64'));
  decipher.setAAD(slotAad(name));
  decipher.setAuthTag(Buffer.from(slot.tag, 'base64'));
  try {
    return Buffer.concat([
      decipher.update(Buffer.from(slot.wrappedKey, 'base64')),
      decipher.final(),
    ]);
  } catch {
    return null;
  }
}

export async function readEnvelope(file: string): Promise<Envelope | null> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  return envelopeSchema.parse(JSON.parse(text));
}

export async function writeEnvelope(file: string, envelope: Envelope): Promise<void> {
  await writeFileAtomic(file, `${JSON.stringify(envelopeSchema.parse(envelope), null, 2)}\n`);
}
