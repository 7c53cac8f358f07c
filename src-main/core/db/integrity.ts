import type { Database as SqlcipherDatabase } from '@signalapp/sqlcipher';

export interface IntegrityReport {
  /** True when SQLCipher found every page's HMAC valid. */
  cipherOk: boolean;
  /** True when SQLite's own structure check found nothing wrong. */
  structureOk: boolean;
  /** Problems as SQLite words them (page numbers, never row content), capped at 20. */
  problems: string[];
}

/** For the "verify" action: SQLCipher's page HMACs, then SQLite's structural check. */
export function checkIntegrity(raw: SqlcipherDatabase): IntegrityReport {
  const cipherRows = raw.pragma('cipher_integrity_check');
  const cipherProblems = cipherRows.map((row) => String(Object.values(row)[0]));
  const structureProblems = structureCheck(raw);
  return {
    cipherOk: cipherProblems.length === 0,
    structureOk: structureProblems.length === 0,
    problems: [...cipherProblems, ...structureProblems].slice(0, 20),
  };
}

function structureCheck(raw: SqlcipherDatabase): string[] {
  try {
    return raw
      .pragma('integrity_check')
      .map((row) => String(Object.values(row)[0]))
      .filter((line) => line !== 'ok');
  } catch (error) {
    // A page that fails its HMAC cannot be read at all: SQLite's check stops with an error.
    const code =
      error && typeof error === 'object' && 'code' in error ? String(error.code) : 'error';
    return [`integrity_check could not read the database (${code})`];
  }
}
