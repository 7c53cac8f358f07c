import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Reflection, ReflectionSummary } from '../../../src-main/contract';
import type { CoreFixture } from '../../support/core-fixture';
import { makeUnlockedCore, value } from '../../support/record-fixture';

let f: CoreFixture;
beforeEach(async () => {
  f = await makeUnlockedCore();
});
afterEach(async () => {
  await f.cleanup();
});

describe('reflections', () => {
  it('are written, edited, listed newest first and deleted', async () => {
    const one = await value<Reflection>(f, 'reflections.create', {
      title: 'Which hat',
      body: 'Today I felt…',
    });
    f.clock.advance(1000);
    const two = await value<Reflection>(f, 'reflections.create', {
      title: 'Supervision prep',
      body: 'Ask about boundaries',
    });
    f.clock.advance(1000);
    const edited = await value<Reflection>(f, 'reflections.save', {
      id: one.id,
      fields: { title: 'Which hat am I wearing', body: 'Today I felt pulled two ways.' },
    });
    expect(edited).toMatchObject({
      title: 'Which hat am I wearing',
      body: 'Today I felt pulled two ways.',
    });
    const list = await value<{ items: ReflectionSummary[] }>(f, 'reflections.list', {});
    expect(list.items.map((r) => r.id)).toEqual([one.id, two.id]);
    await value(f, 'reflections.delete', { id: two.id });
    expect(await f.core.dispatch('reflections.get', { id: two.id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});
