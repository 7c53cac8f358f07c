import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { contentSecurityPolicy } from './src-main/electron/policy';

const root = __dirname;

/**
 * In `electron-vite dev` the page comes from Vite's server, which needs an inline React Refresh
 * preamble, injected styles and an HMR socket. The meta tag is swapped for the dev policy there;
 * built pages keep the renderer's strict tag untouched.
 */
function devContentSecurityPolicy(): Plugin {
  return {
    name: 'alongside:dev-csp',
    apply: 'serve',
    transformIndexHtml(html) {
      return html.replace(
        /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")[^"]*(")/i,
        `$1${contentSecurityPolicy({ dev: true })}$2`,
      );
    },
  };
}

export default defineConfig({
  main: {
    build: {
      // Dependencies stay in node_modules: the native addons (@signalapp/sqlcipher,
      // @node-rs/argon2) cannot be bundled, and electron-builder packs the rest beside them.
      externalizeDeps: true,
      rolldownOptions: {
        input: {
          index: resolve(root, 'src-main/index.ts'),
          // The core's worker thread; index.ts starts it from `${__dirname}/core-worker.js`.
          'core-worker': resolve(root, 'src-main/core/host/worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload can require nothing but 'electron' (and is never ESM), so its
      // imports, zod included, are bundled into one CommonJS file.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(root, 'src-main/preload/index.ts') },
        output: { format: 'cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'src-renderer'),
    plugins: [react(), devContentSecurityPolicy()],
    build: {
      rolldownOptions: {
        input: { index: resolve(root, 'src-renderer/index.html') },
      },
    },
  },
});
