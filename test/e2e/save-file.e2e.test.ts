import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { E2EApp } from './harness';
import { launchApp, launchBrowser } from './harness';
import { normalisePdfText, pdfText } from '../support/pdf-text';

/**
 * The built core worker renders a PDF (pdfmake loads from the bundle) and hands it through the
 * host's save-file port to the harness's stand-in for the save dialog.
 */
const PASSPHRASE = 'otter lantern quietly folds maps';

let browser: Browser;
let app: E2EApp;

async function value<T>(channel: string, input: unknown): Promise<T> {
  const result = await app.host.invoke(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code}`);
  return result.value as T;
}

beforeAll(async () => {
  browser = await launchBrowser();
  app = await launchApp(browser);
});

afterAll(async () => {
  await app?.close();
  await browser?.close();
});

describe('saving a file from the built core', () => {
  let personId = '';
  const talkedAbout = 'Nous avons parlé du jardin communautaire et du trajet en autobus.';

  it('saves the person’s copy of their notes as a PDF that reads back', async () => {
    await value('vault.create', { passphrase: PASSPHRASE });
    const person = await value<{ id: string }>('people.create', {
      preferredName: 'Noémie',
      pronouns: 'elle',
      contactPreference: 'Texto',
      aboutInTheirWords: 'J’aime les oiseaux.',
      strengths: 'Patiente',
    });
    personId = person.id;
    await value('notes.create', {
      personId,
      fields: {
        happenedAt: '2026-11-20T14:30:00.000Z',
        contactType: 'in_person',
        durationMinutes: 45,
        setting: 'La bibliothèque',
        talkedAbout,
        inTheirWords: '',
        strengthsNoticed: '',
        resources: '',
        nextSteps: [],
        goalIds: [],
      },
    });

    const saved = await value<{ outcome: string; fileName?: string }>('rights.copyOfNotes', {
      personId,
      language: 'fr-CA',
    });
    expect(saved.outcome).toBe('saved');
    expect(await app.savedFiles()).toEqual([saved.fileName]);
    const file = join(app.savedDir, saved.fileName ?? '');
    const bytes = await readFile(file);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    if (process.platform !== 'win32') expect((await stat(file)).mode & 0o777).toBe(0o600);
    const text = normalisePdfText(await pdfText(bytes));
    expect(text).toContain('Noémie');
    expect(text).toContain(normalisePdfText(talkedAbout));
  });

  it('writes nothing when the dialog is cancelled', async () => {
    const before = await app.savedFiles();
    app.cancelNextSave();
    const cancelled = await value<{ outcome: string }>('rights.copyOfNotes', {
      personId,
      language: 'en',
    });
    expect(cancelled).toEqual({ outcome: 'cancelled' });
    expect(await app.savedFiles()).toEqual(before);

    // Only the next save was cancelled; a second copy gets its own name beside the first.
    const again = await value<{ outcome: string; fileName?: string }>('rights.copyOfNotes', {
      personId,
      language: 'en',
    });
    expect(again.outcome).toBe('saved');
    expect(await app.savedFiles()).toHaveLength(before.length + 1);
    expect(again.fileName).toMatch(/ \(2\)\.pdf$/);
  });
});
