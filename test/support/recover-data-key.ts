import { createDecipheriv } from 'node:crypto';
import { hashRaw } from '@node-rs/argon2';
import type { Algorithm } from '@node-rs/argon2';

interface DocumentedSlot {
  kdf: { memoryKiB: number; iterations: number; parallelism: number; outputBytes: number };
  salt: string;
  nonce: string;
  wrappedKey: string;
  tag: string;
}

/**
 * Written from docs/DATA-FORMAT.md alone, not from the vault's code: if the two ever disagree,
 * the recovery procedure IT relies on is wrong, and the tests that use this fail.
 */
export async function recoverDataKey(
  envelope: { slots: Record<'passphrase' | 'recoveryCode', DocumentedSlot> },
  slotName: 'passphrase' | 'recoveryCode',
  secret: string,
): Promise<Buffer> {
  const slot = envelope.slots[slotName];
  const input =
    slotName === 'recoveryCode'
      ? secret.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1')
      : secret.normalize('NFC');
  const kek = await hashRaw(Buffer.from(input, 'utf8'), {
    algorithm: 2 as Algorithm,
    memoryCost: slot.kdf.memoryKiB,
    timeCost: slot.kdf.iterations,
    parallelism: slot.kdf.parallelism,
    outputLen: slot.kdf.outputBytes,
    salt: Buffer.from(slot.salt, 'base64'),
  });
  const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(slot.nonce, 'base64'));
  decipher.setAAD(Buffer.from(`alongside-vault/v1/${slotName}`, 'utf8'));
  decipher.setAuthTag(Buffer.from(slot.tag, 'base64'));
  return Buffer.concat([decipher.update(Buffer.from(slot.wrappedKey, 'base64')), decipher.final()]);
}
