import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { expect } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startCoreHost } from '../../src-main/core/host/client';
import { writeReleasedFile } from '../../src-main/electron/released-file';
import type { ChosenFile, CoreHost, CoreHostOptions } from '../../src-main/core/host/client';
import type { SaveDialogRequest } from '../../src-main/core/host/messages';
import { TEST_KDF } from '../support/core-fixture';
import { makeTempDir } from '../support/temp-dir';

const ROOT = resolve(__dirname, '../..');
const RENDERER_DIR = join(ROOT, 'out/renderer');
const WORKER_PATH = join(ROOT, 'out/main/core-worker.js');
export const SCREENSHOT_DIR = join(ROOT, 'docs/screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The page's origin in the tests; every request elsewhere is refused and recorded. */
export const ORIGIN = 'http://alongside.test';
/** axe-core is served from the app's origin, so the strict CSP (no inline scripts) still holds. */
const AXE_URL = `${ORIGIN}/__test__/axe.min.js`;
const AXE_PATH = createRequire(__filename).resolve('axe-core/axe.min.js');
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/** The same two functions the preload exposes, bridged to the core host over Playwright. */
const BRIDGE_SCRIPT = `(() => {
  const listeners = new Map();
  Object.defineProperty(window, '__alongsideEmit', {
    value: (name, payload) => { for (const cb of listeners.get(name) ?? []) cb(payload); },
  });
  Object.defineProperty(window, 'alongside', {
    value: Object.freeze({
      invoke: (channel, input) => window.__alongsideInvoke(channel, input),
      on: (event, cb) => {
        const set = listeners.get(event) ?? new Set();
        set.add(cb);
        listeners.set(event, set);
        return () => set.delete(cb);
      },
    }),
  });
})();`;

export interface E2EApp {
  page: Page;
  context: BrowserContext;
  host: CoreHost;
  dataDir: string;
  /** URLs the page tried to reach outside the app's own bundle. */
  blockedRequests: string[];
  /** Console errors and uncaught page errors. */
  pageErrors: string[];
  /** Where "saved" files land: the save dialog always picks this folder and the suggested name. */
  savedDir: string;
  /** Names of the files saved so far, sorted. */
  savedFiles(): Promise<string[]>;
  /** The next save answers as if the worker cancelled the dialog; nothing is written. */
  cancelNextSave(): void;
  /** Opens the app again on a fresh page, as a restart of the window would. */
  reload(): Promise<void>;
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's chromium (see .ci/run).`);
  }
  if (!existsSync(join(RENDERER_DIR, 'index.html')) || !existsSync(WORKER_PATH)) {
    throw new Error('The app is not built: run `npm run build` first (npm test does).');
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
    ],
  });
}

/**
 * The built renderer, served from disk through request interception (no server, no network),
 * with its `window.alongside` bridged to the real core running in the built worker thread.
 */
export async function launchApp(
  browser: Browser,
  existingDataDir?: string,
  /** The folder dialog's answer and the agency policy file, as main would pass them. */
  admin: Pick<CoreHostOptions, 'onChooseFolder' | 'policyFile'> = {},
): Promise<E2EApp> {
  const temp = existingDataDir ? null : await makeTempDir('alongside-e2e-');
  const dataDir = existingDataDir ?? temp?.path ?? '';
  const saved = await makeTempDir('alongside-e2e-saved-');
  let cancelNext = false;
  // Stands in for main's save dialog: the place is chosen now, the bytes come after the core's
  // last check, through the real host's two-step save.
  const onSaveFile = async (request: SaveDialogRequest): Promise<ChosenFile | null> => {
    if (cancelNext) {
      cancelNext = false;
      return null;
    }
    const fileName = await freeName(saved.path, request.suggestedName);
    return {
      fileName,
      write: (bytes) => writeReleasedFile(join(saved.path, fileName), bytes),
      discard: () => {},
    };
  };
  const host = startCoreHost({
    workerPath: WORKER_PATH,
    dataDir,
    kdf: TEST_KDF,
    onSaveFile,
    ...admin,
  });
  const context = await browser.newContext({ viewport: { width: 1200, height: 860 } });
  const blockedRequests: string[] = [];
  const pageErrors: string[] = [];

  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.href === AXE_URL) {
      return route.fulfill({
        status: 200,
        body: await readFile(AXE_PATH),
        contentType: TYPES['.js'],
      });
    }
    if (url.origin !== ORIGIN) {
      blockedRequests.push(url.href);
      return route.abort('blockedbyclient');
    }
    const path = normalize(join(RENDERER_DIR, decodeURIComponent(url.pathname)));
    if (!path.startsWith(RENDERER_DIR)) return route.abort('accessdenied');
    try {
      const body = await readFile(path);
      return route.fulfill({
        status: 200,
        body,
        headers: {
          'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
          'content-security-policy': CSP,
        },
      });
    } catch {
      return route.fulfill({ status: 404, body: 'not found' });
    }
  });

  await context.exposeFunction('__alongsideInvoke', (channel: string, input: unknown) =>
    host.invoke(channel, input),
  );
  await context.addInitScript(BRIDGE_SCRIPT);

  let page = await openPage(context, pageErrors);
  const unsubscribe = host.on((name, payload) => {
    void page
      .evaluate(
        ([n, p]) =>
          (window as unknown as { __alongsideEmit(n: string, p: unknown): void }).__alongsideEmit(
            n,
            p,
          ),
        [name, payload] as const,
      )
      .catch(() => undefined);
  });

  return {
    get page() {
      return page;
    },
    context,
    host,
    dataDir,
    blockedRequests,
    pageErrors,
    savedDir: saved.path,
    async savedFiles() {
      return (await readdir(saved.path)).sort();
    },
    cancelNextSave() {
      cancelNext = true;
    },
    async reload() {
      await page.close();
      page = await openPage(context, pageErrors);
    },
    async close() {
      unsubscribe();
      await context.close();
      await host.close();
      await temp?.remove();
      await saved.remove();
    },
  };
}

/** The suggested name, or `name (2).ext` and so on, the way a dialog would avoid overwriting. */
async function freeName(dir: string, suggested: string): Promise<string> {
  const taken = new Set(await readdir(dir));
  const ext = extname(suggested);
  const stem = suggested.slice(0, suggested.length - ext.length);
  let name = suggested;
  for (let n = 2; taken.has(name); n += 1) name = `${stem} (${n})${ext}`;
  return name;
}

async function openPage(context: BrowserContext, errors: string[]): Promise<Page> {
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${ORIGIN}/index.html`);
  return page;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[]; failureSummary?: string }>;
}

/** WCAG 2.0/2.1 A and AA rules on the whole document; returns the violations, if any. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.addScriptTag({ url: AXE_URL });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(ctx: Document, opts: unknown): Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  });
}

/** Fails the test with the violations listed when axe finds any on the page as it is now. */
export async function expectAccessible(page: Page, screenName: string): Promise<void> {
  const violations = await axeViolations(page);
  expect(violations, `axe on ${screenName}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}
