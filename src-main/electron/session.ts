import { session } from 'electron';
import type { Session } from 'electron';
import { contentSecurityPolicy, isAllowedRequest } from './policy';
import type { RendererSource } from './policy';

/**
 * An in-memory partition (no `persist:` prefix): nothing the renderer caches, stores or fetches
 * is written to disk, so no content can survive outside the encrypted database.
 */
const PARTITION = 'alongside';

export function appSession(): Session {
  return session.fromPartition(PARTITION, { cache: false });
}

/** Locks the renderer's session down: no network, no permissions, no downloads, no spellchecker. */
export function hardenSession(ses: Session, source: RendererSource): void {
  const csp = contentSecurityPolicy(source);

  ses.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url, source) });
  });

  ses.webRequest.onHeadersReceived((details, callback) => {
    const headers = { ...details.responseHeaders };
    for (const name of Object.keys(headers)) {
      if (name.toLowerCase() === 'content-security-policy') delete headers[name];
    }
    headers['Content-Security-Policy'] = [csp];
    callback({ responseHeaders: headers });
  });

  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);

  // Hunspell dictionaries are downloaded on demand, which would be a network connection.
  ses.setSpellCheckerEnabled(false);

  ses.on('will-download', (event) => event.preventDefault());
}
