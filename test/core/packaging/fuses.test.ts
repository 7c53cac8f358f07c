import { randomBytes } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import {
  FuseState,
  FuseV1Options,
  FuseVersion,
  flipFuses,
  getCurrentFuseWire,
} from '@electron/fuses';
import type { FuseV1Config } from '@electron/fuses';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../support/temp-dir';
import { REPO_ROOT, readBuilderConfig, section } from './builder-config';

// The marker Electron's binary carries right before its fuse wire (see @electron/fuses).
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

type FuseName = keyof typeof FuseV1Options;

/** Each fuse this version of @electron/fuses knows, by name, in wire order. */
const KNOWN_FUSES = Object.keys(FuseV1Options)
  .filter((key) => Number.isNaN(Number(key)))
  .map((key) => key as FuseName)
  .sort((a, b) => FuseV1Options[a] - FuseV1Options[b]);

/** What Alongside ships, fuse by fuse: the values the issue and docs/IT.md promise. */
const INTENDED: Partial<Record<FuseName, boolean>> = {
  RunAsNode: false,
  EnableCookieEncryption: true,
  EnableNodeOptionsEnvironmentVariable: false,
  EnableNodeCliInspectArguments: false,
  EnableEmbeddedAsarIntegrityValidation: true,
  OnlyLoadAppFromAsar: true,
  LoadBrowserProcessSpecificV8Snapshot: false,
  GrantFileProtocolExtraPrivileges: false,
};

/**
 * Fuses deliberately left at Electron's default, each with its reason. electron-builder 26's
 * schema has no key for WasmTrapHandlers, and its default (on) is the one Electron recommends.
 */
const LEFT_AT_DEFAULT: Partial<Record<FuseName, string>> = {
  WasmTrapHandlers: 'not settable from electron-builder 26; Electron default (on) is recommended',
};

/**
 * Electron's own defaults for its fuses (electron/build/fuses/fuses.json5), the state a fresh
 * binary is in before electron-builder flips anything.
 */
const ELECTRON_DEFAULT: Record<FuseName, boolean> = {
  RunAsNode: true,
  EnableCookieEncryption: false,
  EnableNodeOptionsEnvironmentVariable: true,
  EnableNodeCliInspectArguments: true,
  EnableEmbeddedAsarIntegrityValidation: false,
  OnlyLoadAppFromAsar: false,
  LoadBrowserProcessSpecificV8Snapshot: false,
  GrantFileProtocolExtraPrivileges: true,
  WasmTrapHandlers: true,
};

/** electron-builder's keys are the option names in lower camel case (generateFuseConfig). */
function fuseNameOf(builderKey: string): FuseName | undefined {
  const name = builderKey.charAt(0).toUpperCase() + builderKey.slice(1);
  return KNOWN_FUSES.find((known) => known === name);
}

function configuredFuses(): Record<string, unknown> {
  const { resetAdHocDarwinSignature: _notAFuse, ...fuses } = section(
    readBuilderConfig(),
    'electronFuses',
  );
  return fuses;
}

/** The `electronFuses` section as the options electron-builder hands to `flipFuses`. */
function toFuseConfig(fuses: Record<string, unknown>): FuseV1Config {
  const config: FuseV1Config = { version: FuseVersion.V1 };
  for (const [key, value] of Object.entries(fuses)) {
    const name = fuseNameOf(key);
    if (name === undefined)
      throw new Error(`electronFuses.${key} is not a fuse @electron/fuses knows`);
    if (typeof value !== 'boolean') throw new Error(`electronFuses.${key} must be true or false`);
    config[FuseV1Options[name]] = value;
  }
  return config;
}

const stateOf = (on: boolean) => (on ? FuseState.ENABLE : FuseState.DISABLE);

/**
 * A stand-in for Electron's binary: machine-code-like noise, the sentinel, the wire's version
 * and length bytes, one byte per fuse in Electron's default state, then more noise.
 */
function writeFakeElectron(path: string): void {
  const wire = KNOWN_FUSES.map((name) => stateOf(ELECTRON_DEFAULT[name]));
  writeFileSync(
    path,
    Buffer.concat([
      randomBytes(4096).map((byte) => byte & 0x7f),
      Buffer.from(SENTINEL, 'ascii'),
      Buffer.from([Number(FuseVersion.V1), wire.length, ...wire]),
      randomBytes(4096).map((byte) => byte & 0x7f),
    ]),
  );
}

/** The wire as fuse name → 'ENABLE' | 'DISABLE' | …, so a failure reads plainly. */
async function readWire(path: string): Promise<Record<string, string>> {
  const wire = await getCurrentFuseWire(path);
  expect(wire.version).toBe(FuseVersion.V1);
  return Object.fromEntries(
    KNOWN_FUSES.map((name) => {
      const state = (wire as Record<number, FuseState>)[FuseV1Options[name]];
      return [name, state === undefined ? 'MISSING' : FuseState[state]];
    }),
  );
}

describe('the fuses in electron-builder.yml', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let binary: string;

  beforeEach(async () => {
    temp = await makeTempDir('alongside-fuses-');
    binary = join(temp.path, 'electron');
    writeFakeElectron(binary);
  });

  afterEach(async () => {
    await temp.remove();
  });

  it('start from Electron defaults on the fake wire, which @electron/fuses reads back', async () => {
    const before = await readWire(binary);
    for (const name of KNOWN_FUSES) {
      expect(before[name]).toBe(FuseState[stateOf(ELECTRON_DEFAULT[name])]);
    }
  });

  it('flip onto the wire and read back exactly the intended values', async () => {
    const flipped = await flipFuses(binary, toFuseConfig(configuredFuses()));
    expect(flipped).toBe(1);

    const expected: Record<string, string> = {};
    for (const name of KNOWN_FUSES) {
      const intended = INTENDED[name];
      expect(intended !== undefined || LEFT_AT_DEFAULT[name] !== undefined).toBe(true);
      expected[name] = FuseState[stateOf(intended ?? ELECTRON_DEFAULT[name])];
    }
    expect(await readWire(binary)).toEqual(expected);
  });

  it('name every fuse @electron/fuses knows, or give the reason it keeps its default', () => {
    const listed = Object.keys(configuredFuses()).map((key) => fuseNameOf(key) ?? key);
    const decided = [...listed, ...Object.keys(LEFT_AT_DEFAULT)].sort();
    expect(decided).toEqual([...KNOWN_FUSES].sort());
    expect(Object.keys(INTENDED).sort()).toEqual([...listed].sort());
  });

  it('name every fuse the copy of @electron/fuses inside electron-builder knows', () => {
    // electron-builder flips fuses with its own, possibly older, copy: it must not know a fuse
    // this file leaves unlisted.
    const builderRequire = createRequire(
      createRequire(import.meta.url).resolve('app-builder-lib/package.json'),
    );
    const { FuseV1Options: builderFuses } = builderRequire('@electron/fuses') as {
      FuseV1Options: Record<string, string | number>;
    };
    const builderKnows = Object.keys(builderFuses).filter((key) => Number.isNaN(Number(key)));
    const listed = Object.keys(configuredFuses()).map((key) => fuseNameOf(key) ?? key);
    for (const name of builderKnows) expect(listed).toContain(name);
  });

  it("set every fuse electron-builder's schema can express", () => {
    const schema = JSON.parse(
      readFileSync(join(REPO_ROOT, 'node_modules/app-builder-lib/scheme.json'), 'utf8'),
    ) as { definitions: { FuseOptionsV1: { properties: Record<string, unknown> } } };
    const settable = Object.keys(schema.definitions.FuseOptionsV1.properties).filter(
      (key) => key !== 'resetAdHocDarwinSignature',
    );
    expect(Object.keys(configuredFuses()).sort()).toEqual(settable.sort());
  });

  it('refuse a misspelt fuse instead of leaving it at its default', () => {
    expect(() => toFuseConfig({ ...configuredFuses(), runAsNod: false })).toThrow(
      'electronFuses.runAsNod is not a fuse',
    );
  });

  it('leave the app working: nothing in src-main starts a Node process that RunAsNode would need', () => {
    // child_process.fork (and a utility process started as Node) rely on ELECTRON_RUN_AS_NODE;
    // the core runs in a worker thread, which needs no fuse.
    const sources = readdirSync(join(REPO_ROOT, 'src-main'), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts'))
      .map((file) => ({ file, text: readFileSync(join(REPO_ROOT, 'src-main', file), 'utf8') }));
    expect(sources.length).toBeGreaterThan(20);
    const forking = sources
      .filter(({ text }) => /child_process|\bfork\(|utilityProcess/.test(text))
      .map(({ file }) => file);
    expect(forking).toEqual([]);
  });
});
