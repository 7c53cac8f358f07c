import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Note, NoteVersionSummary, Person } from '../../../src-main/contract';
import { checkIntegrity } from '../../../src-main/core/db/integrity';
import { STRONG_PASSPHRASE, call, makeCore } from '../../support/core-fixture';
import { noteFields, personFields, value } from '../../support/record-fixture';

const CYCLES = Number(process.env.DURABILITY_CYCLES ?? 50);
const CHILD = join(__dirname, 'autosave-child.ts');
const TSX = createRequire(__filename).resolve('tsx/cjs');

/** Starts the autosaving child, kills it with SIGKILL after a random number of saves or time. */
function runAndKill(
  dataDir: string,
  noteId: string,
  start: number,
  seed: number,
): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--require', TSX, CHILD, dataDir, noteId, String(start)],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const acks: number[] = [];
    let buffered = '';
    let errors = '';
    // Some cycles die mid-unlock or right after it, most mid-stream of saves.
    const killAfterAcks = seed % 5 === 0 ? 0 : 1 + (seed % 37);
    const killAfterMs = seed % 5 === 0 ? 5 + (seed % 60) : 4_000;
    let timer: NodeJS.Timeout | null = null;
    const kill = () => child.kill('SIGKILL');
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        if (line === 'READY' && killAfterAcks === 0) timer = setTimeout(kill, killAfterMs);
        const match = /^ACK (\d+)$/.exec(line);
        if (match) {
          acks.push(Number(match[1]));
          if (killAfterAcks > 0 && acks.length >= killAfterAcks) kill();
        }
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString('utf8')));
    const watchdog = setTimeout(kill, 20_000);
    child.on('exit', (code, signal) => {
      clearTimeout(watchdog);
      if (timer) clearTimeout(timer);
      if (signal !== 'SIGKILL') reject(new Error(`child exited ${code}: ${errors}`));
      else resolve(acks);
    });
  });
}

describe('durability', () => {
  it(`every acknowledged autosave survives SIGKILL at random moments (${CYCLES} cycles)`, async () => {
    const f = await makeCore();
    try {
      await call(f.core, 'vault.create', { passphrase: STRONG_PASSPHRASE });
      const person = await value<Person>(f, 'people.create', personFields());
      const note = await value<Note>(f, 'notes.create', {
        personId: person.id,
        fields: noteFields(),
      });
      await f.core.lock('manual');

      let next = 1;
      let totalAcks = 0;
      for (let cycle = 1; cycle <= CYCLES; cycle += 1) {
        const seed = (cycle * 7919) % 1009;
        const acks = await runAndKill(f.dataDir, note.id, next, seed);
        totalAcks += acks.length;

        await call(f.core, 'vault.unlock', { passphrase: STRONG_PASSPHRASE });
        const integrity = checkIntegrity(f.core.vault.rawDatabase());
        expect(integrity, `cycle ${cycle}`).toEqual({
          cipherOk: true,
          structureOk: true,
          problems: [],
        });
        const current = await value<Note>(f, 'notes.get', { id: note.id });
        const last = acks.at(-1);
        if (last !== undefined) {
          // The newest acknowledged save (or one the kill interrupted after it) is on disk.
          const saved = Number(/autosave (\d+)/.exec(current.talkedAbout)?.[1] ?? 0);
          expect(saved, `cycle ${cycle}`).toBeGreaterThanOrEqual(last);
          const versions = await value<NoteVersionSummary[]>(f, 'notes.versions', {
            noteId: note.id,
          });
          expect(versions.length, `cycle ${cycle}`).toBeGreaterThanOrEqual(totalAcks + 1);
          next = saved + 1;
        }
        await f.core.lock('manual');
      }
      expect(totalAcks).toBeGreaterThan(CYCLES);
    } finally {
      await f.cleanup();
    }
  }, 600_000);
});
