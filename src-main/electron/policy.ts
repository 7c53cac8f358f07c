import { extname, isAbsolute, relative, resolve } from 'node:path';
import { CHANNEL_NAMES } from '../contract';
import type { Result } from '../contract';

/**
 * The shell's security decisions as plain functions, kept free of Electron so they are tested in
 * Node. window.ts, ipc.ts and index.ts only wire them to Electron's hooks.
 */

/**
 * The built renderer is served from this privileged scheme rather than file://: with the
 * grantFileProtocolExtraPrivileges fuse off, file:// pages cannot load Vite's module scripts,
 * and a real origin makes the CSP's 'self' mean exactly the app's own bundle.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'alongside';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

export interface RendererSource {
  /** What the window loads first. */
  entryUrl: string;
  /** The only origin the window may show and fetch from. */
  origin: string;
  /** True only for electron-vite's dev server in an unpackaged run. */
  dev: boolean;
}

const BUNDLE_SOURCE: RendererSource = {
  entryUrl: `${APP_ORIGIN}/index.html`,
  origin: APP_ORIGIN,
  dev: false,
};

/**
 * Chooses between the bundle and the dev server. ELECTRON_RENDERER_URL is honoured only in an
 * unpackaged run and only for a loopback http URL, so an environment variable can never point an
 * installed app at a remote page.
 */
export function resolveRendererSource(
  devServerUrl: string | undefined,
  isPackaged: boolean,
): RendererSource {
  if (isPackaged || !devServerUrl) return BUNDLE_SOURCE;
  const url = parseUrl(devServerUrl);
  if (!url || url.protocol !== 'http:' || !LOOPBACK_HOSTS.has(url.hostname)) return BUNDLE_SOURCE;
  return { entryUrl: url.href, origin: url.origin, dev: true };
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** May the window show this URL (first load, navigation, redirect)? Same origin only. */
export function isAppUrl(url: string, source: RendererSource): boolean {
  const parsed = parseUrl(url);
  return parsed !== null && originOf(parsed) === source.origin;
}

/**
 * May the renderer's session make this request at all? The app's own origin and inline data
 * images; in development also the dev server's socket and DevTools. Everything else, every
 * remote host included, is cancelled before it leaves.
 */
export function isAllowedRequest(url: string, source: RendererSource): boolean {
  const parsed = parseUrl(url);
  if (!parsed) return false;
  if (parsed.protocol === 'data:') return true;
  if (originOf(parsed) === source.origin) return true;
  if (!source.dev) return false;
  if (parsed.protocol === 'devtools:') return true;
  const dev = new URL(source.origin);
  return parsed.protocol === 'ws:' && parsed.host === dev.host;
}

const PRODUCTION_CSP: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data:"],
  ['connect-src', "'none'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-ancestors', "'none'"],
];

/**
 * The Content-Security-Policy sent as a header on every response, matching the renderer's meta
 * tag. The dev server needs React Refresh's inline preamble, Vite's injected styles and its HMR
 * socket; those relaxations never apply to the bundle.
 */
export function contentSecurityPolicy(source: Pick<RendererSource, 'dev'>): string {
  const directives = PRODUCTION_CSP.map(([name, value]): string => {
    if (!source.dev) return `${name} ${value}`;
    if (name === 'script-src' || name === 'style-src') return `${name} 'self' 'unsafe-inline'`;
    if (name === 'connect-src') return `${name} 'self'`;
    return `${name} ${value}`;
  });
  return directives.join('; ');
}

/**
 * Maps an app:// request to a file inside the renderer bundle, or null. Paths that would climb
 * out of the bundle are refused; paths without an extension are client-side routes and get the
 * app's page.
 */
export function resolveBundlePath(rendererDir: string, requestUrl: string): string | null {
  const url = parseUrl(requestUrl);
  if (!url || url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  // The URL parser already folded literal dot segments; any left came from encoded slashes.
  if (pathname.includes('\0') || pathname.includes('\\') || pathname.split('/').includes('..')) {
    return null;
  }
  const root = resolve(rendererDir);
  const wanted = pathname === '/' || extname(pathname) === '' ? '/index.html' : pathname;
  const file = resolve(root, `.${wanted}`);
  const inside = relative(root, file);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return null;
  return file;
}

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

/** Module scripts are refused without a JavaScript type, so the protocol handler must send one. */
export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

export interface InvokeSender {
  /** The IPC came from the webContents of the app's window. */
  fromAppWindow: boolean;
  /** The sending frame is that window's top-level frame (not an iframe, not gone). */
  isMainFrame: boolean;
  /** The URL of the sending frame, or '' when the frame is gone. */
  frameUrl: string;
}

/**
 * Vets one `invoke` before it reaches the core. Returns the error value to answer with, or null
 * when the call may go through. The core validates the input itself.
 */
export function refuseInvoke(
  sender: InvokeSender,
  channel: unknown,
  source: RendererSource,
): Result<never> | null {
  if (!sender.fromAppWindow || !sender.isMainFrame || !isAppUrl(sender.frameUrl, source)) {
    return { ok: false, error: { code: 'INTERNAL', message: 'Refused: unexpected sender' } };
  }
  if (typeof channel !== 'string' || !(CHANNEL_NAMES as readonly string[]).includes(channel)) {
    return { ok: false, error: { code: 'INVALID_INPUT', message: 'Unknown channel' } };
  }
  return null;
}

function parseUrl(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/** `URL.origin` is "null" for non-special schemes such as app:, so it is rebuilt here. */
function originOf(url: URL): string {
  if (url.protocol === 'http:' || url.protocol === 'https:') return url.origin;
  return url.host ? `${url.protocol}//${url.host}` : '';
}
