/**
 * Run in a child process by durability.test.ts: opens the vault, then autosaves one note as fast
 * as it can, writing `ACK n` to stdout only after save n was acknowledged by the core. The parent
 * kills it with SIGKILL at a random moment.
 */
import { writeSync } from 'node:fs';
import { createCore } from '../../../src-main/core/app';
import { silentLogger } from '../../../src-main/core/ports';
import { STRONG_PASSPHRASE, TEST_KDF } from '../../support/core-fixture';
import { noteFields } from '../../support/record-fixture';

const [dataDir, noteId, startText] = process.argv.slice(2);

async function main(): Promise<void> {
  if (!dataDir || !noteId || !startText) throw new Error('usage: dataDir noteId start');
  const core = createCore({ dataDir, kdf: TEST_KDF, logger: silentLogger, idleCheckIntervalMs: 0 });
  const unlocked = await core.dispatch('vault.unlock', { passphrase: STRONG_PASSPHRASE });
  if (!unlocked.ok) throw new Error(unlocked.error.code);
  writeSync(1, 'READY\n');
  for (let n = Number(startText); ; n += 1) {
    const saved = await core.dispatch('notes.save', {
      id: noteId,
      fields: noteFields({ talkedAbout: `autosave ${n}` }),
    });
    if (!saved.ok) throw new Error(saved.error.code);
    writeSync(1, `ACK ${n}\n`);
  }
}

main().catch((error: unknown) => {
  writeSync(2, `child failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
