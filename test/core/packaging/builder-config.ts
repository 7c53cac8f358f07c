import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

export const REPO_ROOT = join(__dirname, '..', '..', '..');

const require = createRequire(import.meta.url);

// js-yaml is electron-builder's own YAML parser (so both read the file alike); it ships no
// types, and this is the one call made of it.
const yaml = require('js-yaml') as { load(text: string): unknown };

export type BuilderConfig = Record<string, unknown>;

/** A YAML document whose top level is a mapping (electron-builder.yml, a workflow). */
export function parseYamlMapping(text: string): Record<string, unknown> {
  const parsed = yaml.load(text);
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new Error('The YAML document is not a mapping');
  }
  return parsed as Record<string, unknown>;
}

export const parseBuilderConfig: (text: string) => BuilderConfig = parseYamlMapping;

export function readBuilderConfig(): BuilderConfig {
  return parseBuilderConfig(readFileSync(join(REPO_ROOT, 'electron-builder.yml'), 'utf8'));
}

export function section(config: BuilderConfig, key: string): Record<string, unknown> {
  const value = config[key];
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new Error(`electron-builder.yml has no "${key}" mapping`);
  }
  return value as Record<string, unknown>;
}
