import type { AlongsideBridge } from '../../src-main/contract';

declare global {
  interface Window {
    /** Placed by the preload; absent when the page is opened outside Alongside. */
    alongside?: AlongsideBridge;
  }
}

export {};
