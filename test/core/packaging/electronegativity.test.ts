import { spawnSync } from 'node:child_process';
import http from 'node:http';
import https from 'node:https';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { MockInstance } from 'vitest';
import {
  REPO_ROOT,
  findingsFromSarif,
  judge,
  parseBaseline,
  readBaseline,
  scanElectronCode,
} from '../../../scripts/electronegativity';
import type { Finding } from '../../../scripts/electronegativity';
import { makeTempDir } from '../../support/temp-dir';

// What a careless window looks like: Node in the renderer, the very thing rule 8 forbids.
const INSECURE_WINDOW = `import { BrowserWindow } from 'electron';

export function openWindow(): BrowserWindow {
  const window = new BrowserWindow({ webPreferences: { nodeIntegration: true } });
  void window.loadURL('app://alongside/index.html');
  return window;
}
`;

const summary = (findings: Finding[]) =>
  findings.map(({ check, file, severity }) => ({ check, file, severity }));

describe('the electronegativity check', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let insecure: string;
  const requests: MockInstance[] = [];

  beforeAll(async () => {
    temp = await makeTempDir('alongside-electronegativity-');
    insecure = join(temp.path, 'insecure');
    mkdirSync(insecure);
    writeFileSync(join(insecure, 'window.ts'), INSECURE_WINDOW);
    // Code the scanner cannot parse is code it has not checked.
    writeFileSync(join(insecure, 'half-written.ts'), 'export const = ;\n');
    // Any request the scanner starts, to its translation host or GitHub, passes through here.
    requests.push(vi.spyOn(https, 'request'), vi.spyOn(http, 'request'));
  });

  afterAll(async () => {
    for (const spy of requests) spy.mockRestore();
    await temp.remove();
  });

  it('passes the Electron code in src-main with the baseline, reading every file', async () => {
    const sarifPath = join(temp.path, 'src-main.sarif');
    const scan = await scanElectronCode(join(REPO_ROOT, 'src-main'), sarifPath);
    const verdict = judge(scan.findings, readBaseline());

    expect(scan.unparsed).toEqual([]);
    expect(summary(verdict.blocking)).toEqual([]);
    expect(verdict.stale).toEqual([]);
    // The report on disk is the SARIF the findings came from.
    const sarif = JSON.parse(readFileSync(sarifPath, 'utf8')) as { version: string };
    expect(sarif.version).toBe('2.1.0');
  });

  it('fails a window with nodeIntegration: true, and a file it cannot read', async () => {
    const scan = await scanElectronCode(insecure, join(temp.path, 'insecure.sarif'));
    const verdict = judge(scan.findings, readBaseline());

    expect(scan.unparsed.map(({ file }) => file)).toEqual([join(insecure, 'half-written.ts')]);
    expect(summary(verdict.blocking)).toEqual(
      expect.arrayContaining([
        { check: 'NODE_INTEGRATION_JS_CHECK', file: 'window.ts', severity: 'HIGH' },
        { check: 'SANDBOX_JS_CHECK', file: 'window.ts', severity: 'MEDIUM' },
        // Nothing limits navigation or new windows in this code, unlike electron/guards.ts.
        { check: 'LIMIT_NAVIGATION_GLOBAL_CHECK', file: 'N/A', severity: 'HIGH' },
      ]),
    );
  });

  it('fails `npm run check:electron` with exit code 1 on that window, and passes src-main', () => {
    const command = (...args: string[]) =>
      spawnSync(
        process.execPath,
        [
          join(REPO_ROOT, 'node_modules/tsx/dist/cli.mjs'),
          join(REPO_ROOT, 'scripts/check-electronegativity.ts'),
          ...args,
        ],
        { cwd: REPO_ROOT, encoding: 'utf8', timeout: 60_000 },
      );
    const failing = command('--input', insecure);
    expect(failing.status).toBe(1);
    expect(failing.stdout).toContain('FAILS     NODE_INTEGRATION_JS_CHECK window.ts');
    expect(failing.stdout).toContain('UNREAD');
    const project = command();
    expect(project.stdout).toContain('electronegativity: passed');
    expect(project.status).toBe(0);
  });

  it('never reaches the network, so it runs the same offline', () => {
    for (const spy of requests) expect(spy).not.toHaveBeenCalled();
  });
});

describe('the baseline', () => {
  const finding = (check: string, file: string, severity: Finding['severity']): Finding => ({
    check,
    file,
    line: 1,
    column: 1,
    severity,
    manualReview: false,
    description: '',
  });
  const entry = {
    check: 'AUXCLICK_JS_CHECK',
    file: 'electron/window.ts',
    why: 'guards.ts denies every new window and every navigation away from the app',
  };

  it('gives a reason for every accepted finding', () => {
    const baseline = readBaseline();
    expect(baseline.length).toBeGreaterThan(0);
    expect(baseline.length).toBeLessThanOrEqual(8);
    for (const accepted of baseline) expect(accepted.why.length).toBeGreaterThan(60);
  });

  it('is refused when an entry does not say why', () => {
    const text = (why: string) => JSON.stringify({ accepted: [{ ...entry, why }] });
    expect(() => parseBaseline(text(''))).toThrow('must explain why');
    expect(() => parseBaseline(text('false positive'))).toThrow('must explain why');
    expect(parseBaseline(text(entry.why))).toEqual([entry]);
  });

  it('accepts a finding only for its own check in its own file, and lets LOW through', () => {
    const verdict = judge(
      [
        finding('AUXCLICK_JS_CHECK', 'electron/window.ts', 'MEDIUM'),
        finding('AUXCLICK_JS_CHECK', 'electron/other-window.ts', 'MEDIUM'),
        finding('SANDBOX_JS_CHECK', 'electron/window.ts', 'MEDIUM'),
        finding('CSP_GLOBAL_CHECK', 'electron/session.ts', 'LOW'),
      ],
      [entry],
    );
    expect(summary(verdict.accepted)).toEqual([
      { check: 'AUXCLICK_JS_CHECK', file: 'electron/window.ts', severity: 'MEDIUM' },
    ]);
    expect(summary(verdict.blocking)).toEqual([
      { check: 'AUXCLICK_JS_CHECK', file: 'electron/other-window.ts', severity: 'MEDIUM' },
      { check: 'SANDBOX_JS_CHECK', file: 'electron/window.ts', severity: 'MEDIUM' },
    ]);
    expect(summary(verdict.notes)).toEqual([
      { check: 'CSP_GLOBAL_CHECK', file: 'electron/session.ts', severity: 'LOW' },
    ]);
    expect(verdict.stale).toEqual([]);
  });

  it('reports an entry that matches nothing, so the list stays short', () => {
    expect(judge([], [entry]).stale).toEqual([entry]);
  });
});

describe('reading the SARIF report', () => {
  const sarifWith = (ruleId: string, uri: string, startLine: number, startColumn: number) => ({
    version: '2.1.0',
    runs: [
      {
        results: [
          {
            ruleId,
            level: 'warning',
            message: { text: 'described' },
            locations: [
              {
                physicalLocation: { artifactLocation: { uri }, region: { startLine, startColumn } },
              },
            ],
          },
        ],
      },
    ],
  });
  const issue = (line: number, column: number, severity: string) => ({
    id: 'SANDBOX_JS_CHECK',
    file: 'electron/window.ts',
    location: { line, column },
    severity: { name: severity },
    description: 'described',
  });

  it("takes each result's severity from the scan's issue at the same place", () => {
    // SARIF columns start at 1, electronegativity's at 0.
    const findings = findingsFromSarif(sarifWith('SANDBOX_JS_CHECK', 'electron/window.ts', 4, 3), [
      issue(4, 2, 'LOW'),
    ]);
    expect(summary(findings)).toEqual([
      { check: 'SANDBOX_JS_CHECK', file: 'electron/window.ts', severity: 'LOW' },
    ]);
  });

  it('counts a result nothing explains as HIGH', () => {
    const findings = findingsFromSarif(sarifWith('SANDBOX_JS_CHECK', 'electron/window.ts', 9, 1), [
      issue(4, 2, 'LOW'),
    ]);
    expect(summary(findings)).toEqual([
      { check: 'SANDBOX_JS_CHECK', file: 'electron/window.ts', severity: 'HIGH' },
    ]);
  });

  it('refuses a report without runs', () => {
    expect(() => findingsFromSarif({ version: '2.1.0' }, [])).toThrow('no runs');
  });
});
