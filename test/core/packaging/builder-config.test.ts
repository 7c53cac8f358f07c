import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';
import Ajv from 'ajv';
import type { ErrorObject } from 'ajv';
import { minimatch } from 'minimatch';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, parseBuilderConfig, readBuilderConfig, section } from './builder-config';
import type { BuilderConfig } from './builder-config';

// electron-builder validates its configuration against this very schema before it packages.
const schema = JSON.parse(
  readFileSync(join(REPO_ROOT, 'node_modules/app-builder-lib/scheme.json'), 'utf8'),
) as object;
const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);

// And the function electron-builder itself runs on its configuration: the schema plus its own
// refusals of deprecated options.
const { validateConfiguration } = createRequire(import.meta.url)(
  'app-builder-lib/out/util/config/config',
) as {
  validateConfiguration(
    config: BuilderConfig,
    debugLogger: { isEnabled: boolean; add(key: string, value: unknown): void },
  ): Promise<void>;
};
const quietLogger = { isEnabled: false, add: () => undefined };

function schemaErrors(config: BuilderConfig): ErrorObject[] {
  return validate(config) ? [] : (validate.errors ?? []);
}

function describeErrors(errors: ErrorObject[]): string[] {
  return errors.map((error) => `${error.instancePath || '/'} ${error.message ?? ''}`);
}

/** Every .node file under a folder, as a path relative to the project (forward slashes). */
function nativeAddons(folder: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.node'))
        found.push(relative(REPO_ROOT, path).split(sep).join('/'));
    }
  };
  walk(join(REPO_ROOT, folder));
  return found;
}

function targets(config: BuilderConfig, platform: string): unknown {
  return section(config, platform).target;
}

describe('electron-builder.yml', () => {
  const config = readBuilderConfig();

  it("passes electron-builder's own configuration schema", () => {
    expect(describeErrors(schemaErrors(config))).toEqual([]);
  });

  it("passes electron-builder's own validateConfiguration", async () => {
    await expect(validateConfiguration(config, quietLogger)).resolves.toBeUndefined();
  });

  it('is refused by that schema when a fuse is misspelt or an option has the wrong type', async () => {
    const broken = parseBuilderConfig(
      readFileSync(join(REPO_ROOT, 'electron-builder.yml'), 'utf8'),
    );
    broken.electronFuses = { ...section(broken, 'electronFuses'), runAsNod: false };
    broken.nsis = { ...section(broken, 'nsis'), perMachine: 'yes' };
    const messages = describeErrors(schemaErrors(broken));
    expect(messages).toContain('/electronFuses must NOT have additional properties');
    expect(messages).toContain('/nsis/perMachine must be boolean');
    await expect(validateConfiguration(broken, quietLogger)).rejects.toThrow(
      'does not match the API schema',
    );
  });

  it('builds NSIS for Windows, dmg and zip for macOS, AppImage and deb for Linux', () => {
    expect(targets(config, 'win')).toEqual(['nsis']);
    expect(targets(config, 'mac')).toEqual(['dmg', 'zip']);
    expect(targets(config, 'linux')).toEqual(['AppImage', 'deb']);
  });

  it('offers a per-machine install that can ask for elevation, and keeps the vault on uninstall', () => {
    const nsis = section(config, 'nsis');
    // oneClick off with perMachine off is the assisted installer whose /allusers and
    // /currentuser flags docs/IT.md documents; perMachine on would hide that choice.
    expect(nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      allowElevation: true,
      deleteAppDataOnUninstall: false,
    });
  });

  it('signs macOS with the hardened runtime, the entitlements in resources/, and notarises', () => {
    const mac = section(config, 'mac');
    expect(mac).toMatchObject({ hardenedRuntime: true, notarize: true });
    for (const key of ['entitlements', 'entitlementsInherit']) {
      const file = mac[key];
      expect(typeof file === 'string' && file.startsWith('resources/')).toBe(true);
      expect(existsSync(join(REPO_ROOT, String(file)))).toBe(true);
    }
  });

  it('grants only the JIT entitlement V8 needs', () => {
    const plist = readFileSync(join(REPO_ROOT, 'resources/entitlements.mac.plist'), 'utf8');
    const keys = [...plist.matchAll(/<key>([^<]+)<\/key>/g)].map((match) => match[1]);
    expect(keys).toEqual(['com.apple.security.cs.allow-jit']);
  });

  it('holds no signing secret and no update feed', () => {
    expect(config.publish).toBeNull();
    const text = readFileSync(join(REPO_ROOT, 'electron-builder.yml'), 'utf8');
    const keys = [...text.matchAll(/^\s*([A-Za-z]+):/gm)].map((match) => match[1] ?? '');
    for (const secret of ['cscLink', 'cscKeyPassword', 'certificatePassword', 'certificateFile']) {
      expect(keys).not.toContain(secret);
    }
    const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    expect(Object.keys(manifest.dependencies)).not.toContain('electron-updater');
  });

  it('unpacks every native addon of SQLCipher and Argon2 from the ASAR archive', () => {
    const patterns = config.asarUnpack;
    expect(Array.isArray(patterns)).toBe(true);
    const addons = [
      ...nativeAddons('node_modules/@signalapp/sqlcipher'),
      ...nativeAddons('node_modules/@node-rs'),
    ];
    expect(addons.some((path) => path.includes('sqlcipher'))).toBe(true);
    expect(addons.some((path) => path.includes('argon2'))).toBe(true);
    for (const addon of addons) {
      const unpacked = (patterns as string[]).some((pattern) => minimatch(addon, pattern));
      expect({ addon, unpacked }).toEqual({ addon, unpacked: true });
    }
  });

  it('ships the build output and leaves sources, tests and docs out', () => {
    const files = config.files as string[];
    expect(files).toContain('out/**');
    for (const excluded of ['!src-main/**', '!src-renderer/**', '!test/**', '!docs/**']) {
      expect(files).toContain(excluded);
    }
  });
});
