/**
 * `npm run bench`: figures, not adjectives. Prints a table and writes test/bench/results.json as
 * { machine, metrics: { NAME: { value, unit } } }. Not a test: nothing here passes or fails.
 */
import { writeFile } from 'node:fs/promises';
import { cpus, totalmem, platform, arch } from 'node:os';
import { join } from 'node:path';
import { benchAgency } from './agency.bench';
import { benchRecord } from './record.bench';
import { benchUnlock } from './unlock.bench';

export interface Metric {
  value: number;
  unit: string;
  note?: string;
}

async function main(): Promise<void> {
  const metrics: Record<string, Metric> = {};
  Object.assign(metrics, await benchUnlock());
  Object.assign(metrics, await benchRecord());
  Object.assign(metrics, await benchAgency());

  const machine = {
    node: process.version,
    platform: platform(),
    arch: arch(),
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
  };
  const rows = Object.entries(metrics).map(([name, m]) => [
    name,
    `${m.value}`,
    m.unit,
    m.note ?? '',
  ]);
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i]?.length ?? 0), 6));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  console.log(line(['metric', 'value', 'unit', 'note']));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
  const out = join(__dirname, 'results.json');
  await writeFile(out, `${JSON.stringify({ machine, metrics }, null, 2)}\n`);
  console.log(`\nwritten to ${out}`);
}

void main();
