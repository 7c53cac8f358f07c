import { readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

/**
 * Runs @doyensec/electronegativity over the Electron code and judges its SARIF report against
 * a short, reasoned baseline. Used by scripts/check-electronegativity.ts (`npm run
 * check:electron`) and by test/core/packaging/electronegativity.test.ts.
 */

export const REPO_ROOT = resolve(__dirname, '..');

const SEVERITIES = ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** A finding above this fails the check unless the baseline accepts it. */
export const HIGHEST_ALLOWED: Severity = 'LOW';

/**
 * Electronegativity reports an explicit `nodeIntegration: true` as INFORMATIONAL (it assumes a
 * reviewer reads the table). ARCHITECTURE.md rule 8 forbids Node in the renderer outright, so
 * these count as HIGH here.
 */
const RAISED_TO_HIGH: ReadonlySet<string> = new Set([
  'NODE_INTEGRATION_JS_CHECK',
  'NODE_INTEGRATION_HTML_CHECK',
  'NODE_INTEGRATION_ATTACH_EVENT_JS_CHECK',
]);

/**
 * Checks that are not run, each for a reason. AvailableSecurityFixesGlobalCheck downloads
 * Electron's release list from GitHub: the check must run offline, and keeping Electron current
 * is the release process's job (npm outdated, the release notes), not a static check's.
 */
const EXCLUDED_CHECKS = ['availablesecurityfixesglobalcheck'];

export interface Finding {
  check: string;
  /** Relative to the scanned folder, forward slashes; "N/A" for app-wide checks. */
  file: string;
  line: number;
  column: number;
  severity: Severity;
  manualReview: boolean;
  description: string;
}

export interface BaselineEntry {
  check: string;
  file: string;
  why: string;
}

export interface Verdict {
  blocking: Finding[];
  accepted: Finding[];
  notes: Finding[];
  /** Baseline entries that matched nothing: they must be removed, so the list stays short. */
  stale: BaselineEntry[];
}

export interface Scan {
  findings: Finding[];
  /** Files electronegativity could not parse: unread code is unchecked code. */
  unparsed: { file: string; message: string }[];
}

interface ScannerIssue {
  id: string;
  file: string;
  location: { line: number; column: number };
  severity: { name: string };
  manualReview?: boolean;
  description: string;
}

interface ScannerResult {
  issues: ScannerIssue[];
  errors: { file: string; message: string; tolerable: boolean }[];
}

type ScannerRun = (options: Record<string, unknown>, forCli: boolean) => Promise<ScannerResult>;

const requireHere = createRequire(join(REPO_ROOT, 'package.json'));

const unavailable = () => Promise.resolve({ statusCode: 503, headers: {}, body: '' });
/** Stands in for the `got` module: every request, GET or HEAD, answers 503 at once. */
const offlineExports = {
  __esModule: true,
  default: Object.assign(unavailable, { head: unavailable }),
};

function isSeverity(value: string): value is Severity {
  return (SEVERITIES as readonly string[]).includes(value);
}

/**
 * Loads electronegativity's runner with its HTTP client replaced by one that answers every
 * request "unavailable": the tool fetches translations from S3 at start-up and would otherwise
 * reach the network on every run (with a 1 s wait when offline).
 */
function loadOfflineScanner(): ScannerRun {
  const packageDir = dirname(requireHere.resolve('@doyensec/electronegativity/package.json'));
  const scannerRequire = createRequire(join(packageDir, 'package.json'));
  const gotPath = scannerRequire.resolve('got');
  const cached = scannerRequire.cache[gotPath];
  if (cached === undefined) {
    // A finished module record is all `require` looks at before handing out its exports.
    const stand = { id: gotPath, filename: gotPath, loaded: true, exports: offlineExports };
    scannerRequire.cache[gotPath] = stand as unknown as NodeJS.Module;
  } else if (cached.exports !== offlineExports) {
    throw new Error('electronegativity loaded its HTTP client before it could be kept offline');
  }
  return scannerRequire('./dist/runner.js') as ScannerRun;
}

function installedElectronVersion(): string {
  const manifest = JSON.parse(
    readFileSync(requireHere.resolve('electron/package.json'), 'utf8'),
  ) as { version: string };
  return manifest.version;
}

/**
 * Scans `input` (a folder of TypeScript or JavaScript), writes the SARIF report to `sarifPath`
 * and returns its results, each with the severity electronegativity gave it.
 */
export async function scanElectronCode(input: string, sarifPath: string): Promise<Scan> {
  const run = loadOfflineScanner();
  // An old report must not pass for this run's (see readReportWhenWritten).
  rmSync(sarifPath, { force: true });
  const result = await run(
    {
      input: resolve(input),
      output: sarifPath,
      isSarif: true,
      customScan: [],
      excludeFromScan: EXCLUDED_CHECKS,
      isRelative: true,
      isVerbose: false,
      parserPlugins: [],
      // Without it the tool guesses Electron 0.1 and judges every default as that old release.
      electronVersionOverride: installedElectronVersion(),
    },
    false,
  );
  const sarif = await readReportWhenWritten(sarifPath);
  return {
    findings: findingsFromSarif(sarif, result.issues),
    unparsed: result.errors
      .filter((error) => !error.tolerable)
      .map(({ file, message }) => ({ file, message })),
  };
}

/**
 * Electronegativity starts writing its report with a callback-style fs.writeFile and returns
 * without waiting for it, so the file is read once it parses: a JSON object cut short never does.
 */
async function readReportWhenWritten(path: string, timeoutMs = 10_000): Promise<unknown> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return JSON.parse(readFileSync(path, 'utf8')) as unknown;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((done) => setTimeout(done, 20));
    }
  }
}

function locationKey(check: string, file: string, line: number, column: number): string {
  return JSON.stringify([check, file.replaceAll('\\', '/'), line, column]);
}

interface SarifResult {
  ruleId?: unknown;
  message?: { text?: unknown };
  locations?: {
    physicalLocation?: {
      artifactLocation?: { uri?: unknown };
      region?: { startLine?: unknown; startColumn?: unknown };
    };
  }[];
}

/**
 * Electronegativity's SARIF carries no severity (its `level` only says whether a finding needs
 * manual review), so each result is joined with the scan's own issue at the same place. A
 * result nothing explains counts as HIGH: an unknown is never waved through.
 */
export function findingsFromSarif(sarif: unknown, issues: ScannerIssue[]): Finding[] {
  const runs = (sarif as { runs?: { results?: SarifResult[] }[] } | null)?.runs;
  if (!Array.isArray(runs)) throw new Error('The SARIF report has no runs');
  const severityAt = new Map<string, Severity>();
  for (const issue of issues) {
    // SARIF lines start at 1 (electronegativity writes 0 as 1) and columns at 1.
    const line = issue.location.line === 0 ? 1 : issue.location.line;
    const key = locationKey(issue.id, issue.file, line, issue.location.column + 1);
    const name = issue.severity.name;
    severityAt.set(key, isSeverity(name) ? name : 'HIGH');
  }
  const findings: Finding[] = [];
  for (const result of runs.flatMap((run) => run.results ?? [])) {
    const check = typeof result.ruleId === 'string' ? result.ruleId : 'UNKNOWN';
    const where = result.locations?.[0]?.physicalLocation;
    const uri = where?.artifactLocation?.uri;
    const file = typeof uri === 'string' && uri !== 'file:///' ? uri.replaceAll('\\', '/') : 'N/A';
    const line = Number(where?.region?.startLine ?? 1);
    const column = Number(where?.region?.startColumn ?? 1);
    const reported = severityAt.get(locationKey(check, file, line, column)) ?? 'HIGH';
    findings.push({
      check,
      file,
      line,
      column,
      severity: RAISED_TO_HIGH.has(check) ? 'HIGH' : reported,
      manualReview: (result as { level?: unknown }).level === 'note',
      description: typeof result.message?.text === 'string' ? result.message.text : '',
    });
  }
  return findings;
}

/** The baseline: `{ "accepted": [{ "check", "file", "why" }] }`; every entry must say why. */
export function parseBaseline(text: string): BaselineEntry[] {
  const parsed = JSON.parse(text) as { accepted?: unknown };
  if (!Array.isArray(parsed.accepted)) throw new Error('The baseline has no "accepted" list');
  return parsed.accepted.map((entry: unknown, index) => {
    const { check, file, why } = (entry ?? {}) as Record<string, unknown>;
    if (typeof check !== 'string' || typeof file !== 'string') {
      throw new Error(`Baseline entry ${index + 1} needs a "check" and a "file"`);
    }
    // A reason is a sentence, not a shrug: the point of the baseline is that someone looked.
    if (typeof why !== 'string' || why.trim().split(/\s+/).length < 8) {
      throw new Error(`Baseline entry ${index + 1} (${check} in ${file}) must explain why`);
    }
    return { check, file, why };
  });
}

export function readBaseline(path = join(REPO_ROOT, 'electronegativity-baseline.json')) {
  return parseBaseline(readFileSync(path, 'utf8'));
}

const rank = (severity: Severity) => SEVERITIES.indexOf(severity);

export function judge(findings: Finding[], baseline: BaselineEntry[]): Verdict {
  const used = new Set<BaselineEntry>();
  const verdict: Verdict = { blocking: [], accepted: [], notes: [], stale: [] };
  for (const finding of findings) {
    if (rank(finding.severity) <= rank(HIGHEST_ALLOWED)) {
      verdict.notes.push(finding);
      continue;
    }
    const entry = baseline.find((e) => e.check === finding.check && e.file === finding.file);
    if (entry === undefined) {
      verdict.blocking.push(finding);
    } else {
      used.add(entry);
      verdict.accepted.push(finding);
    }
  }
  verdict.stale = baseline.filter((entry) => !used.has(entry));
  return verdict;
}
