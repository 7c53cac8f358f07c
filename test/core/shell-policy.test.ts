import { mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ensureVaultDir } from '../../src-main/electron/paths';
import {
  APP_ORIGIN,
  contentSecurityPolicy,
  isAllowedRequest,
  isAppUrl,
  mimeTypeFor,
  refuseInvoke,
  resolveBundlePath,
  resolveRendererSource,
} from '../../src-main/electron/policy';

const bundle = resolveRendererSource(undefined, true);
const dev = resolveRendererSource('http://localhost:5173/', false);

describe('renderer source', () => {
  it('serves the bundle from app://alongside by default', () => {
    expect(bundle).toEqual({
      entryUrl: `${APP_ORIGIN}/index.html`,
      origin: APP_ORIGIN,
      dev: false,
    });
  });

  it('uses the dev server only in an unpackaged run on a loopback http URL', () => {
    expect(dev).toEqual({
      entryUrl: 'http://localhost:5173/',
      origin: 'http://localhost:5173',
      dev: true,
    });
    expect(resolveRendererSource('http://localhost:5173/', true)).toEqual(bundle);
    for (const url of [
      'https://localhost:5173/',
      'http://192.168.1.20:5173/',
      'http://example.com/',
      'file:///tmp/index.html',
      'not a url',
    ]) {
      expect(resolveRendererSource(url, false)).toEqual(bundle);
    }
  });
});

describe('navigation', () => {
  it('allows only the app origin', () => {
    expect(isAppUrl('app://alongside/index.html', bundle)).toBe(true);
    expect(isAppUrl('app://alongside/people/3', bundle)).toBe(true);
    for (const url of [
      'app://alongside.evil/index.html',
      'app://other/index.html',
      'https://example.com/',
      'file:///etc/passwd',
      'http://localhost:5173/',
      'about:blank',
      'javascript:alert(1)',
      '',
    ]) {
      expect(isAppUrl(url, bundle)).toBe(false);
    }
  });

  it('allows the dev server origin in development, and not the bundle', () => {
    expect(isAppUrl('http://localhost:5173/src/main.tsx', dev)).toBe(true);
    expect(isAppUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isAppUrl('app://alongside/index.html', dev)).toBe(false);
  });
});

describe('requests', () => {
  it('cancels every request that is not the app bundle or an inline image', () => {
    expect(isAllowedRequest('app://alongside/assets/index-abc.js', bundle)).toBe(true);
    expect(isAllowedRequest('data:image/png;base64,AAAA', bundle)).toBe(true);
    for (const url of [
      'https://fonts.googleapis.com/css',
      'http://localhost:5173/',
      'ws://localhost:5173/',
      'file:///home/worker/.ssh/id_rsa',
      'devtools://devtools/bundled/inspector.html',
      'chrome-extension://abc/script.js',
      'blob:app://alongside/1234',
    ]) {
      expect(isAllowedRequest(url, bundle)).toBe(false);
    }
  });

  it('lets the dev server, its HMR socket and DevTools through only in development', () => {
    expect(isAllowedRequest('http://localhost:5173/@vite/client', dev)).toBe(true);
    expect(isAllowedRequest('ws://localhost:5173/', dev)).toBe(true);
    expect(isAllowedRequest('devtools://devtools/bundled/inspector.html', dev)).toBe(true);
    expect(isAllowedRequest('ws://localhost:9999/', dev)).toBe(false);
    expect(isAllowedRequest('https://example.com/', dev)).toBe(false);
  });
});

describe('content security policy', () => {
  it('is exactly the strict policy for the bundle', () => {
    expect(contentSecurityPolicy(bundle)).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
        "connect-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'; " +
        "frame-ancestors 'none'",
    );
  });

  it('relaxes only scripts, styles and connections for the dev server', () => {
    const policy = contentSecurityPolicy(dev);
    expect(policy).toContain("script-src 'self' 'unsafe-inline'");
    expect(policy).toContain("style-src 'self' 'unsafe-inline'");
    expect(policy).toContain("connect-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain('unsafe-eval');
  });
});

describe('bundle files', () => {
  const dir = join(tmpdir(), 'alongside-renderer');

  it('maps app URLs to files inside the renderer folder', () => {
    expect(resolveBundlePath(dir, 'app://alongside/assets/index-abc.js')).toBe(
      join(dir, 'assets', 'index-abc.js'),
    );
    expect(resolveBundlePath(dir, 'app://alongside/')).toBe(join(dir, 'index.html'));
    expect(resolveBundlePath(dir, 'app://alongside/people/42')).toBe(join(dir, 'index.html'));
    expect(resolveBundlePath(dir, 'app://alongside/index.html?x=1#top')).toBe(
      join(dir, 'index.html'),
    );
  });

  it('keeps dot segments folded by the URL parser inside the folder', () => {
    for (const url of [
      'app://alongside/../../etc/passwd',
      'app://alongside/%2e%2e/%2e%2e/etc/passwd',
      'app://alongside/assets/../../../secret.txt',
    ]) {
      const file = resolveBundlePath(dir, url);
      expect(file === null || file.startsWith(`${dir}${sep}`), url).toBe(true);
    }
  });

  it('refuses anything that would leave the folder or is not ours', () => {
    for (const url of [
      'app://alongside/assets/..%2F..%2F..%2Fetc%2Fpasswd',
      'app://alongside/..%2F..%2Fsecret.txt',
      'app://alongside/assets/..%5C..%5Csecret.txt',
      'app://alongside/a%00.js',
      'app://alongside/%E0%A4%A',
      'app://other/index.html',
      'file:///etc/passwd',
      'https://alongside/index.html',
    ]) {
      expect(resolveBundlePath(dir, url), url).toBeNull();
    }
  });

  it('sends a JavaScript type for module scripts', () => {
    expect(mimeTypeFor('/x/assets/index.js')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeFor('/x/index.html')).toBe('text/html; charset=utf-8');
    expect(mimeTypeFor('/x/font.woff2')).toBe('font/woff2');
    expect(mimeTypeFor('/x/unknown.bin')).toBe('application/octet-stream');
  });
});

describe('invoke sender check', () => {
  const good = { fromAppWindow: true, isMainFrame: true, frameUrl: 'app://alongside/index.html' };

  it('lets a known channel from the main frame of our page through', () => {
    expect(refuseInvoke(good, 'vault.status', bundle)).toBeNull();
  });

  it('refuses another window, a subframe or a foreign page', () => {
    for (const sender of [
      { ...good, fromAppWindow: false },
      { ...good, isMainFrame: false },
      { ...good, frameUrl: 'https://example.com/' },
      { ...good, frameUrl: 'file:///tmp/index.html' },
      { ...good, frameUrl: '' },
    ]) {
      expect(refuseInvoke(sender, 'vault.status', bundle)).toMatchObject({
        ok: false,
        error: { code: 'INTERNAL' },
      });
    }
  });

  it('refuses channel names outside the contract', () => {
    for (const channel of ['vault.exportKey', '__proto__', 'toString', 42, null]) {
      expect(refuseInvoke(good, channel, bundle)).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT' },
      });
    }
  });
});

describe('vault folder', () => {
  let userData: string;

  beforeEach(async () => {
    userData = await mkdtemp(join(tmpdir(), 'alongside-userdata-'));
  });

  afterEach(async () => {
    await rm(userData, { recursive: true, force: true });
  });

  it.skipIf(process.platform === 'win32')(
    'is created, and kept, readable by its owner only',
    async () => {
      const created = await ensureVaultDir(userData);
      expect(created).toBe(join(userData, 'vault'));
      expect((await stat(created)).mode & 0o777).toBe(0o700);

      await rm(created, { recursive: true });
      await mkdir(created, { mode: 0o755 });
      await ensureVaultDir(userData);
      expect((await stat(created)).mode & 0o777).toBe(0o700);
    },
  );
});
