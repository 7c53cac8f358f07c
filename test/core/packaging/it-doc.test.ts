import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, STRICTEST_POLICY } from '../../../src-main/core/policy/effective';
import { policyFilePath } from '../../../src-main/electron/paths';
import { REPO_ROOT, readBuilderConfig, section } from './builder-config';

// docs/IT.md is what agency IT acts on: where it repeats a fact the code or a file in resources/
// owns, the two must not drift apart.
const doc = readFileSync(join(REPO_ROOT, 'docs/IT.md'), 'utf8');

/** The body of the section under a `## heading`, up to the next one. */
function sectionOf(heading: string): string {
  const start = doc.indexOf(`\n## ${heading}\n`);
  expect(start).toBeGreaterThan(-1);
  const end = doc.indexOf('\n## ', start + 1);
  return doc.slice(start, end === -1 ? undefined : end);
}

function firstCell(row: string): string {
  return row.split('|')[1]?.trim().replaceAll('`', '') ?? '';
}

describe('docs/IT.md', () => {
  const policy = sectionOf('The agency policy file');

  it('names the policy file where the app looks for it on each system', () => {
    expect(policy).toContain(`\`${policyFilePath('win32')}\``);
    expect(policy).toContain(`\`${policyFilePath('darwin')}\``);
    expect(policy).toContain(`\`${policyFilePath('linux')}\``);
  });

  it('shows resources/policy.example.json exactly, and lists every key of the schema', () => {
    const example = readFileSync(join(REPO_ROOT, 'resources/policy.example.json'), 'utf8');
    const block = /```json\n([\s\S]*?)```/.exec(policy)?.[1];
    expect(JSON.parse(block ?? 'null')).toEqual(JSON.parse(example));

    const schema = JSON.parse(
      readFileSync(join(REPO_ROOT, 'resources/policy.schema.json'), 'utf8'),
    ) as { properties: Record<string, unknown> };
    const documented = policy
      .split('\n')
      .filter((line) => /^\| `\w+`/.test(line))
      .map(firstCell);
    const settable = Object.keys(schema.properties).filter(
      (key) => key !== 'version' && key !== '$schema',
    );
    expect(documented.sort()).toEqual(settable.sort());
  });

  it('states the built-in defaults and the strictest fallback the core applies', () => {
    const defaults: Record<string, string> = {
      idleLockMaxMinutes: String(DEFAULT_POLICY.idleLockMaxMinutes),
      minPassphraseScore: String(DEFAULT_POLICY.minPassphraseScore),
      consentDefaultDays: String(DEFAULT_POLICY.consentDefaultDays),
      consentMaxDays: String(DEFAULT_POLICY.consentMaxDays),
      funderReportEnabled: String(DEFAULT_POLICY.funderReportEnabled),
    };
    for (const line of policy.split('\n').filter((row) => /^\| `\w+`/.test(row))) {
      const key = firstCell(line);
      const stated = line.split('|')[3]?.trim().replaceAll('`', '');
      if (key in defaults) expect({ key, stated }).toEqual({ key, stated: defaults[key] });
    }
    expect(DEFAULT_POLICY.releaseFormats).toEqual(['pdf', 'fhir_json']);

    expect(policy).toContain(
      `locks after at most ${STRICTEST_POLICY.idleLockMaxMinutes} idle minutes`,
    );
    expect(policy).toContain(`must reach strength ${STRICTEST_POLICY.minPassphraseScore}`);
    expect(policy).toContain(
      `lasts ${STRICTEST_POLICY.consentDefaultDays} days unless shortened, ${STRICTEST_POLICY.consentMaxDays} at the most`,
    );
    expect(STRICTEST_POLICY.releaseFormats).toEqual([]);
    expect(STRICTEST_POLICY.funderReportEnabled).toBe(false);
    expect(policy).toContain('nothing may be released, and the funder report is off');
  });

  it('describes every fuse with the value electron-builder.yml gives it', () => {
    const fuses = section(readBuilderConfig(), 'electronFuses');
    const rows = sectionOf('How the app is hardened')
      .split('\n')
      .filter((line) => /^\s*\| [A-Z]\w+ /.test(line))
      .map((line) => line.split('|').map((cell) => cell.trim()));
    for (const [key, value] of Object.entries(fuses)) {
      const name = key.charAt(0).toUpperCase() + key.slice(1);
      const row = rows.find((cells) => cells[1] === name);
      expect({ name, documented: row?.[2] }).toEqual({ name, documented: value ? 'on' : 'off' });
    }
  });

  it('gives the silent install flags the NSIS installer understands', () => {
    const windows = sectionOf('Installing');
    for (const flag of ['/S /allusers', '/S /currentuser', '/D=']) expect(windows).toContain(flag);
    const assisted = readFileSync(
      join(REPO_ROOT, 'node_modules/app-builder-lib/templates/nsis/assistedInstaller.nsh'),
      'utf8',
    );
    expect(assisted).toContain('"/allusers"');
    expect(assisted).toContain('"/currentuser"');
  });
});
