import { readFile, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Share } from '../../src-main/contract';
import { STRONG_PASSPHRASE, call } from '../support/core-fixture';
import type { SharingFixture } from './sharing/sharing-fixture';
import {
  approveShare,
  createShare,
  declineShare,
  errorCode,
  makeSharingCore,
  shareInput,
} from './sharing/sharing-fixture';

const CORE = join(__dirname, '..', '..', 'src-main', 'core');

/**
 * Only release.ts is handed the save-file port. The others named here only carry it: the port's
 * type (ports.ts), the context that holds it (context.ts), the composition root (app.ts) and the
 * worker host that relays the save dialog (host/).
 */
const CARRIERS = ['ports.ts', 'context.ts', 'app.ts'];
const THE_WAY_OUT = 'sharing/release.ts';

async function sourcesUnder(dir: string): Promise<string[]> {
  const names = await readdir(dir, { recursive: true });
  return names.filter((name) => name.endsWith('.ts')).map((name) => join(dir, name));
}

describe('one way out', () => {
  it('no module of the core but release.ts touches the save-file port', async () => {
    const offenders: string[] = [];
    const users: string[] = [];
    for (const file of await sourcesUnder(CORE)) {
      const name = relative(CORE, file).split(sep).join('/');
      const text = await readFile(file, 'utf8');
      if (!/savefile/i.test(text)) continue;
      users.push(name);
      if (name === THE_WAY_OUT || CARRIERS.includes(name) || name.startsWith('host/')) continue;
      offenders.push(name);
    }
    expect(offenders).toEqual([]);
    // The check can see what it looks for.
    expect(users).toEqual(expect.arrayContaining([THE_WAY_OUT, 'context.ts', 'ports.ts']));
  });

  describe('a refused release writes nothing', () => {
    let s: SharingFixture;
    let share: Share;
    beforeEach(async () => {
      s = await makeSharingCore();
      share = await createShare(s);
    });
    afterEach(async () => {
      await s.cleanup();
    });

    async function refusedWithoutAFile(code: string, format: 'pdf' | 'fhir_json' = 'pdf') {
      const dataBefore = (await readdir(s.f.dataDir)).sort();
      expect(await errorCode(s, 'shares.release', { id: share.id, format })).toBe(code);
      expect(s.saver.calls).toBe(0);
      expect(await s.saver.written()).toEqual([]);
      const dataAfter = (await readdir(s.f.dataDir)).sort();
      expect(dataAfter).toEqual(dataBefore);
    }

    it('without a consent', async () => {
      await refusedWithoutAFile('CONSENT_REQUIRED');
    });

    it('after a no', async () => {
      await declineShare(s, share.id);
      await refusedWithoutAFile('CONSENT_DECLINED');
    });

    it('after an edit of the approved words', async () => {
      await approveShare(s, share.id);
      const input = shareInput(share);
      await call(s.f.core, 'shares.save', {
        ...input,
        fields: { ...input.fields, body: 'Different words' },
      });
      await refusedWithoutAFile('CONSENT_MISMATCH');
    });

    it('in another format than agreed', async () => {
      await approveShare(s, share.id, 'pdf');
      await refusedWithoutAFile('CONSENT_MISMATCH', 'fhir_json');
    });

    it('while review mode is on', async () => {
      await approveShare(s, share.id);
      const other = await createShare(s, { purpose: 'Other' });
      await call(s.f.core, 'review.start', { shareId: other.id, language: 'en' });
      await refusedWithoutAFile('IN_REVIEW');
      await call(s.f.core, 'review.exit', { passphrase: STRONG_PASSPHRASE });
    });
  });
});
