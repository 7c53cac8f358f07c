import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import type { Session } from 'electron';
import { APP_SCHEME, contentSecurityPolicy, mimeTypeFor, resolveBundlePath } from './policy';

/**
 * Must run before `app` is ready. `standard` and `secure` give app:// a real origin that counts
 * as a secure context; service workers, CSP bypass and CORS from other origins stay off.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves app://alongside/… from the built renderer folder, and nothing outside it. */
export function serveRendererBundle(ses: Session, rendererDir: string): void {
  const csp = contentSecurityPolicy({ dev: false });
  ses.protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveBundlePath(rendererDir, request.url);
    if (request.method !== 'GET' || file === null) return new Response(null, { status: 404 });
    try {
      const body = await readFile(file);
      return new Response(new Uint8Array(body), {
        status: 200,
        headers: {
          'content-type': mimeTypeFor(file),
          'content-security-policy': csp,
          'x-content-type-options': 'nosniff',
          'cache-control': 'no-store',
        },
      });
    } catch {
      return new Response(null, { status: 404 });
    }
  });
}
