import type { Migration } from './migration';
import { migration0001 } from './0001_audit_events';

/** Listed here, not discovered: a bundled app has no folder of migration files to read. */
export const MIGRATIONS: readonly Migration[] = [migration0001];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
