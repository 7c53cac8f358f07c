import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  HIGHEST_ALLOWED,
  REPO_ROOT,
  judge,
  readBaseline,
  scanElectronCode,
} from './electronegativity';
import type { Finding } from './electronegativity';

/**
 * `npm run check:electron`: electronegativity over src-main; fails on any finding above LOW
 * that electronegativity-baseline.json does not accept with a reason, on a baseline entry that
 * no longer matches anything, and on a file the scanner could not read.
 *   --input <folder>   what to scan (default src-main)
 *   --sarif <file>     keep the SARIF report there (default: a temp file, removed afterwards)
 */

const { values } = parseArgs({
  options: { input: { type: 'string' }, sarif: { type: 'string' } },
});

const defaultInput = join(REPO_ROOT, 'src-main');
const input = resolve(values.input ?? defaultInput);
// The baseline names files of src-main; any other folder is judged without it.
const baselineApplies = input === defaultInput;
const tempDir =
  values.sarif === undefined ? mkdtempSync(join(tmpdir(), 'electronegativity-')) : null;
const sarifPath =
  values.sarif === undefined ? join(tempDir ?? tmpdir(), 'report.sarif') : resolve(values.sarif);

const print = (line: string) => process.stdout.write(`${line}\n`);
const where = (f: Finding) => `${f.check} ${f.file}:${f.line}:${f.column} (${f.severity})`;

async function main(): Promise<number> {
  try {
    const started = Date.now();
    const scan = await scanElectronCode(input, sarifPath);
    const verdict = judge(scan.findings, baselineApplies ? readBaseline() : []);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);

    print(`electronegativity: ${scan.findings.length} findings in ${input} (${seconds} s)`);
    for (const finding of verdict.notes) print(`  note      ${where(finding)}`);
    for (const finding of verdict.accepted) print(`  accepted  ${where(finding)}`);
    for (const finding of verdict.blocking) {
      print(`  FAILS     ${where(finding)}\n            ${finding.description}`);
    }
    for (const entry of verdict.stale) {
      print(`  STALE     baseline entry ${entry.check} ${entry.file} matches nothing: remove it`);
    }
    for (const { file, message } of scan.unparsed) print(`  UNREAD    ${file}: ${message}`);
    if (values.sarif !== undefined) print(`SARIF report: ${sarifPath}`);

    const failed = verdict.blocking.length + verdict.stale.length + scan.unparsed.length;
    if (failed > 0) {
      print(
        `electronegativity: failed. Fix the code, or, for a false positive, add the check and file ` +
          `to electronegativity-baseline.json with the reason (findings up to ${HIGHEST_ALLOWED} pass).`,
      );
      return 1;
    }
    print('electronegativity: passed');
    return 0;
  } finally {
    if (tempDir !== null) rmSync(tempDir, { recursive: true, force: true });
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
