import type { Migration } from './migration';
import { migration0001 } from './0001_audit_events';
import { migration0002 } from './0002_person_record';
import { migration0003 } from './0003_search_index';
import { migration0004 } from './0004_sharing';

/** Listed here, not discovered: a bundled app has no folder of migration files to read. */
export const MIGRATIONS: readonly Migration[] = [
  migration0001,
  migration0002,
  migration0003,
  migration0004,
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
