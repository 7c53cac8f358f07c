import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Person } from '../../../src-main/contract';
import { notesOfPersonQuery } from '../../../src-main/core/notes/notes.repo';
import type { CoreFixture } from '../../support/core-fixture';
import { makeUnlockedCore, personFields, value } from '../../support/record-fixture';

let f: CoreFixture;
beforeEach(async () => {
  f = await makeUnlockedCore();
});
afterEach(async () => {
  await f.cleanup();
});

function plan(sql: string, parameters: Array<string | number>): string[] {
  const rows = f.core.vault.rawDatabase().prepare(`EXPLAIN QUERY PLAN ${sql}`).all(parameters);
  return rows.map((row) => String(row.detail));
}

/** A later change must not turn a page of a list into a scan or a sort of the whole table. */
describe('list query plans', () => {
  it('pages a person’s notes from the covering index alone', async () => {
    const person = await value<Person>(f, 'people.create', personFields());
    const first = notesOfPersonQuery(f.core.vault.database(), person.id, null, 50).compile();
    const later = notesOfPersonQuery(
      f.core.vault.database(),
      person.id,
      { key: '2026-01-01', seq: 9 },
      50,
    ).compile();
    expect(plan(later.sql, later.parameters as Array<string | number>)[0]).toMatch(
      /^SEARCH notes USING COVERING INDEX notes_person \(person_id=\? AND/,
    );
    const compiled = first;
    expect(plan(compiled.sql, compiled.parameters as Array<string | number>)).toEqual([
      'SEARCH notes USING COVERING INDEX notes_person (person_id=?)',
    ]);
  });

  it('pages the people list along people_recent, without a sort', async () => {
    const compiled = f.core.vault
      .database()
      .selectFrom('people')
      .selectAll()
      .where('archived_at', 'is', null)
      .orderBy('last_activity_at', 'desc')
      .orderBy('seq', 'desc')
      .limit(51)
      .compile();
    const lines = plan(compiled.sql, compiled.parameters as Array<string | number>);
    expect(lines[0]).toMatch(/^SEARCH people USING INDEX people_recent/);
    expect(lines.join(' ')).not.toMatch(/TEMP B-TREE/);
  });
});
