import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, parseYamlMapping } from './builder-config';

interface Step {
  uses?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
}

interface Job {
  'runs-on': string;
  container?: string;
  needs?: string;
  strategy?: { matrix: { include: { os: string }[] } };
  steps: Step[];
}

const text = readFileSync(join(REPO_ROOT, '.github/workflows/release.yml'), 'utf8');
const workflow = parseYamlMapping(text) as unknown as {
  on: { push: { tags: string[] } };
  jobs: { test: Job; installers: Job };
};

const SIGNING_SECRETS = [
  'CSC_LINK',
  'CSC_KEY_PASSWORD',
  'APPLE_ID',
  'APPLE_APP_SPECIFIC_PASSWORD',
  'APPLE_TEAM_ID',
  'WIN_CSC_LINK',
  'WIN_CSC_KEY_PASSWORD',
];

describe('.github/workflows/release.yml', () => {
  const { test, installers } = workflow.jobs;

  it('runs on version tags only', () => {
    expect(workflow.on).toEqual({ push: { tags: ['v*'] } });
  });

  it('runs npm test on Linux through .ci/run before any installer is built', () => {
    expect(test.steps.map((step) => step.run).filter(Boolean)).toEqual(['.ci/run']);
    expect(test.container).toMatch(/^node:20/);
    expect(installers.needs).toBe('test');
  });

  it('builds on Windows, macOS and Linux with Node 20 from a clean npm ci', () => {
    const systems = installers.strategy?.matrix.include.map((entry) => entry.os);
    expect(systems).toEqual(['windows-latest', 'macos-latest', 'ubuntu-latest']);
    const node = installers.steps.find((step) => step.uses?.startsWith('actions/setup-node'));
    expect(node?.with?.['node-version']).toBe(20);
    expect(installers.steps.some((step) => step.run?.startsWith('npm ci'))).toBe(true);
  });

  it('hands the signing secrets to npm run dist from the forge, never as values', () => {
    const dist = installers.steps.find((step) => step.run?.startsWith('npm run dist'));
    expect(dist).toBeDefined();
    expect(Object.keys(dist?.env ?? {}).sort()).toEqual([...SIGNING_SECRETS].sort());
    for (const name of SIGNING_SECRETS) {
      expect(dist?.env?.[name]).toContain(`secrets.${name}`);
    }
  });

  it('never publishes and keeps the installers as artifacts', () => {
    const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(manifest.scripts.dist).toMatch(/electron-builder --publish never$/);
    const upload = installers.steps.find((step) =>
      step.uses?.startsWith('actions/upload-artifact'),
    );
    const paths = String(upload?.with?.path);
    for (const kind of ['exe', 'dmg', 'zip', 'AppImage', 'deb'])
      expect(paths).toContain(`*.${kind}`);
  });
});
