import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Core } from '../../src-main/core/app';
import { createCore } from '../../src-main/core/app';
import { silentLogger } from '../../src-main/core/ports';
import type { SaveFilePort } from '../../src-main/core/ports';
import { STATEMENTS_VERSION, STATEMENT_IDS } from '../../src-main/core/sharing/statements';
import { TEST_KDF } from '../support/core-fixture';
import { recoverDataKey } from '../support/recover-data-key';
import { makeTempDir } from '../support/temp-dir';
import { NOTES, build } from './record.bench';
import type { Metric } from './run';

const PASSPHRASE = 'otter lantern quietly folds maps';
const RELEASES = 20;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return Math.round((sorted[Math.max(0, index)] ?? 0) * 10) / 10;
}

async function ok<T>(core: Core, channel: string, input: unknown = {}): Promise<T> {
  const result = await core.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

async function folderSize(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? await folderSize(path) : (await stat(path)).size;
  }
  return total;
}

/**
 * The clinical-facing space and agency IT on a full vault: the record corpus (300 people,
 * 100,000 notes) written into a real vault, then releases, backup, verify, the funder report,
 * the audit check and a deletion on request, each through the core's channels.
 */
export async function benchAgency(): Promise<Record<string, Metric>> {
  const root = await makeTempDir('alongside-bench-agency-');
  const dataDir = join(root.path, 'vault');
  const released = join(root.path, 'released');
  const backups = join(root.path, 'backups');
  await mkdir(released, { recursive: true });
  await mkdir(backups, { recursive: true });
  let saved = 0;
  const saveFile: SaveFilePort = async (request) => {
    saved += 1;
    const fileName = `${saved}-${request.suggestedName}`;
    await writeFile(join(released, fileName), request.bytes);
    return { saved: true, fileName };
  };
  const options = {
    dataDir,
    logger: silentLogger,
    idleCheckIntervalMs: 0,
    kdf: TEST_KDF,
    saveFile,
    chooseFolder: async () => backups,
  };
  const metrics: Record<string, Metric> = {};
  try {
    const first = createCore(options);
    await ok(first, 'vault.create', { passphrase: PASSPHRASE });
    await first.close();
    const envelope = JSON.parse(await readFile(join(dataDir, 'vault.json'), 'utf8')) as Parameters<
      typeof recoverDataKey
    >[0];
    const key = await recoverDataKey(envelope, 'passphrase', PASSPHRASE);
    const filled = await build(root.path, true, key, join(dataDir, 'alongside.db'));
    await filled.close();
    key.fill(0);

    const core = createCore(options);
    try {
      await ok(core, 'vault.unlock', { passphrase: PASSPHRASE });
      const people = await ok<{ items: Array<{ id: string; preferredName: string }> }>(
        core,
        'people.list',
        { limit: 2 },
      );
      const person = people.items[0];
      const other = people.items[1];
      if (!person || !other) throw new Error('the corpus has no people');
      const notes = await ok<{ items: Array<{ id: string }> }>(core, 'notes.list', {
        personId: person.id,
        limit: 1,
      });
      const noteId = notes.items[0]?.id ?? '';
      const note = await ok<{ talkedAbout: string }>(core, 'notes.get', { id: noteId });
      const recipient = await ok<{ id: string }>(core, 'recipients.create', {
        name: 'Dr Amina Lee',
        organisation: 'Eastside Health Centre',
        role: 'Family doctor',
      });
      const body = `${'We talked about the garden and the week ahead. '.repeat(40)}`.trim();

      for (const format of ['pdf', 'fhir_json'] as const) {
        const times: number[] = [];
        for (let i = 0; i < RELEASES; i += 1) {
          const share = await ok<{ id: string }>(core, 'shares.create', {
            personId: person.id,
            fields: {
              recipientId: recipient.id,
              purpose: 'So Dr Lee knows how the garden plan is going',
              body,
              quotes: [{ noteId, text: note.talkedAbout.slice(0, 60) }],
            },
          });
          await ok(core, 'review.start', { shareId: share.id, language: 'en' });
          await ok(core, 'review.approve', {
            typedName: person.preferredName,
            statementsVersion: STATEMENTS_VERSION,
            confirmedStatements: [...STATEMENT_IDS],
            format,
            method: 'side_by_side',
            expiresInDays: 30,
          });
          await ok(core, 'review.exit', { passphrase: PASSPHRASE });
          const t0 = performance.now();
          await ok(core, 'shares.release', { id: share.id, format });
          times.push(performance.now() - t0);
        }
        metrics[`release_${format}_p95_ms`] = {
          value: percentile(times, 95),
          unit: 'ms',
          note: `${RELEASES} releases of a ~2 KB share: consent check, render, save, record; median ${percentile(times, 50)}`,
        };
      }

      let t0 = performance.now();
      const report = await ok<unknown[]>(core, 'reports.funder', {
        fromMonth: '2025-12',
        toMonth: '2026-11',
      });
      metrics.funder_report_ms = {
        value: Math.round(performance.now() - t0),
        unit: 'ms',
        note: `${report.length} months over ${NOTES.toLocaleString('en')} notes`,
      };

      t0 = performance.now();
      const audit = await ok<{ events: number }>(core, 'audit.verify');
      metrics.audit_verify_ms = {
        value: Math.round(performance.now() - t0),
        unit: 'ms',
        note: `${audit.events} events`,
      };

      t0 = performance.now();
      await ok(core, 'backup.create');
      metrics.backup_s = {
        value: Math.round((performance.now() - t0) / 100) / 10,
        unit: 's',
        note: `VACUUM INTO, then opened and checked; ${Math.round((await folderSize(backups)) / 2 ** 20)} MB`,
      };

      t0 = performance.now();
      await ok(core, 'verify.run');
      metrics.verify_s = {
        value: Math.round((performance.now() - t0) / 100) / 10,
        unit: 's',
        note: 'cipher_integrity_check, integrity_check and the audit chain',
      };

      const theirs = await ok<{ items: unknown[] }>(core, 'notes.list', {
        personId: other.id,
        limit: 200,
      });
      t0 = performance.now();
      await ok(core, 'rights.deletePerson', {
        personId: other.id,
        confirmation: other.preferredName,
      });
      metrics.delete_person_s = {
        value: Math.round((performance.now() - t0) / 100) / 10,
        unit: 's',
        note: `one person (${theirs.items.length >= 200 ? '200+' : theirs.items.length} notes) of 300, FTS optimize and checkpoint included`,
      };
    } finally {
      await core.close();
    }
    return metrics;
  } finally {
    await root.remove();
  }
}
