import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Goal, Person } from '../../../src-main/contract';
import type { CoreFixture } from '../../support/core-fixture';
import { goalFields, makeUnlockedCore, personFields, value } from '../../support/record-fixture';

let f: CoreFixture;
let person: Person;
beforeEach(async () => {
  f = await makeUnlockedCore();
  person = await value<Person>(f, 'people.create', personFields());
});
afterEach(async () => {
  await f.cleanup();
});

describe('goals', () => {
  it('round-trip every field, and record when a goal is reached', async () => {
    const goal = await value<Goal>(f, 'goals.create', {
      personId: person.id,
      fields: goalFields(),
    });
    expect(goal).toMatchObject({
      ...goalFields(),
      personId: person.id,
      reachedAt: null,
      steps: [],
    });
    f.clock.advance(60_000);
    const reached = await value<Goal>(f, 'goals.setStatus', { id: goal.id, status: 'reached' });
    expect(reached.reachedAt).toBe(new Date(f.clock.now()).toISOString());
    const edited = await value<Goal>(f, 'goals.update', {
      id: goal.id,
      fields: goalFields({ inTheirWords: 'Grow tomatoes', status: 'reached' }),
    });
    expect(edited.reachedAt).toBe(reached.reachedAt);
    const aside = await value<Goal>(f, 'goals.setStatus', { id: goal.id, status: 'set_aside' });
    expect(aside.reachedAt).toBeNull();
    expect(await value<Goal[]>(f, 'goals.list', { personId: person.id })).toEqual([aside]);
  });

  it('keep small steps in order, ticked and removed', async () => {
    const goal = await value<Goal>(f, 'goals.create', {
      personId: person.id,
      fields: goalFields(),
    });
    await value(f, 'goals.addStep', { goalId: goal.id, text: 'Find the bus times' });
    const two = await value<Goal>(f, 'goals.addStep', {
      goalId: goal.id,
      text: 'Visit on Tuesday',
    });
    expect(two.steps.map((s) => [s.text, s.position])).toEqual([
      ['Find the bus times', 1],
      ['Visit on Tuesday', 2],
    ]);
    const first = two.steps[0]!;
    const ticked = await value<Goal>(f, 'goals.setStepDone', { stepId: first.id, done: true });
    expect(ticked.steps[0]?.doneAt).not.toBeNull();
    const unticked = await value<Goal>(f, 'goals.setStepDone', { stepId: first.id, done: false });
    expect(unticked.steps[0]?.doneAt).toBeNull();
    const removed = await value<Goal>(f, 'goals.removeStep', { stepId: first.id });
    expect(removed.steps.map((s) => s.text)).toEqual(['Visit on Tuesday']);
    const row = await f.core.vault
      .database()
      .selectFrom('goals')
      .select('steps_text')
      .executeTakeFirstOrThrow();
    expect(row.steps_text).toBe('Visit on Tuesday');
  });

  it('answer NOT_FOUND for an unknown person, goal or step', async () => {
    const none = '00000000-0000-4000-8000-000000000000';
    for (const [channel, input] of [
      ['goals.list', { personId: none }],
      ['goals.create', { personId: none, fields: goalFields() }],
      ['goals.setStatus', { id: none, status: 'reached' }],
      ['goals.setStepDone', { stepId: none, done: true }],
    ] as const) {
      expect(await f.core.dispatch(channel, input)).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND' },
      });
    }
  });
});
