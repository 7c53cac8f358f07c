import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Person, PersonSummary } from '../../../src-main/contract';
import { verifyAudit } from '../../../src-main/core/audit/audit.service';
import type { CoreFixture } from '../../support/core-fixture';
import { makeUnlockedCore, personFields, value } from '../../support/record-fixture';

let f: CoreFixture;
beforeEach(async () => {
  f = await makeUnlockedCore();
});
afterEach(async () => {
  await f.cleanup();
});

type Page = { items: PersonSummary[]; nextCursor: string | null };

describe('people', () => {
  it('round-trips every field, and an update replaces them', async () => {
    const created = await value<Person>(f, 'people.create', personFields());
    expect(created).toMatchObject({ ...personFields(), archivedAt: null });
    expect(await value<Person>(f, 'people.get', { id: created.id })).toEqual(created);
    f.clock.advance(1000);
    const changed = personFields({
      preferredName: 'Robin K.',
      pronouns: 'she/her',
      strengths: 'Brave',
    });
    const updated = await value<Person>(f, 'people.update', { id: created.id, fields: changed });
    expect(updated).toMatchObject(changed);
    expect(updated.updatedAt > created.updatedAt).toBe(true);
  });

  it('lists the most recent activity first, filtered by name', async () => {
    for (const name of ['Ana', 'Bilal', 'Chloé', 'Dev']) {
      await value(f, 'people.create', personFields({ preferredName: name }));
      f.clock.advance(1000);
    }
    const all = await value<Page>(f, 'people.list', {});
    expect(all.items.map((p) => p.preferredName)).toEqual(['Dev', 'Chloé', 'Bilal', 'Ana']);
    const filtered = await value<Page>(f, 'people.list', { filter: 'l' });
    expect(filtered.items.map((p) => p.preferredName)).toEqual(['Chloé', 'Bilal']);
    const literal = await value<Page>(f, 'people.list', { filter: '%' });
    expect(literal.items).toEqual([]);
  });

  it('archives: hidden from the list, data kept, and back again', async () => {
    const robin = await value<Person>(f, 'people.create', personFields());
    await value(f, 'people.create', personFields({ preferredName: 'Sam' }));
    const archived = await value<Person>(f, 'people.setArchived', { id: robin.id, archived: true });
    expect(archived.archivedAt).not.toBeNull();
    expect((await value<Page>(f, 'people.list', {})).items.map((p) => p.preferredName)).toEqual([
      'Sam',
    ]);
    const withArchived = await value<Page>(f, 'people.list', { includeArchived: true });
    expect(withArchived.items.map((p) => p.preferredName).sort()).toEqual(['Robin', 'Sam']);
    expect(await value<Person>(f, 'people.get', { id: robin.id })).toMatchObject(personFields());
    await value(f, 'people.setArchived', { id: robin.id, archived: false });
    expect((await value<Page>(f, 'people.list', {})).items).toHaveLength(2);
  });

  it('pages with a keyset cursor: every person exactly once', async () => {
    for (let i = 0; i < 120; i += 1) {
      await value(f, 'people.create', personFields({ preferredName: `Person ${i}` }));
      if (i % 3 === 0) f.clock.advance(1000);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Page = await value<Page>(f, 'people.list', { cursor, limit: 50 });
      seen.push(...page.items.map((p) => p.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(120);
    expect(new Set(seen).size).toBe(120);
    expect(await f.core.dispatch('people.list', { cursor: 'not-a-cursor' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
  });

  it('answers NOT_FOUND for an unknown person, and audits every write without content', async () => {
    expect(
      await f.core.dispatch('people.get', { id: '00000000-0000-4000-8000-000000000000' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    const p = await value<Person>(f, 'people.create', personFields());
    await value(f, 'people.update', { id: p.id, fields: personFields({ preferredName: 'R' }) });
    await value(f, 'people.setArchived', { id: p.id, archived: true });
    const rows = await f.core.vault
      .database()
      .selectFrom('audit_events')
      .select(['action', 'subject_type', 'subject_id', 'detail'])
      .where('subject_type', '=', 'person')
      .orderBy('seq')
      .execute();
    expect(rows.map((r) => r.action)).toEqual([
      'person.created',
      'person.updated',
      'person.archived',
    ]);
    expect(rows.every((r) => r.subject_id === p.id && r.detail === '{}')).toBe(true);
    expect((await verifyAudit(f.core.vault.database())).intact).toBe(true);
  });
});
