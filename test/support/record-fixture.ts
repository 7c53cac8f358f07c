import type { GoalFields, NoteFields, PersonFields } from '../../src-main/contract';
import type { CoreFixture } from './core-fixture';
import { STRONG_PASSPHRASE, call, makeCore } from './core-fixture';

/** A core with an unlocked vault, ready for the person's record. */
export async function makeUnlockedCore(): Promise<CoreFixture> {
  const f = await makeCore();
  await call(f.core, 'vault.create', { passphrase: STRONG_PASSPHRASE });
  return f;
}

export function personFields(overrides: Partial<PersonFields> = {}): PersonFields {
  return {
    preferredName: 'Robin',
    pronouns: 'they/them',
    contactPreference: 'Text first, then call',
    aboutInTheirWords: 'I love birds and early mornings.',
    strengths: 'Patient listener, funny, keeps going',
    ...overrides,
  };
}

export function goalFields(overrides: Partial<GoalFields> = {}): GoalFields {
  return {
    inTheirWords: 'Get back to the community garden',
    whyItMatters: 'It is where I feel calm',
    status: 'exploring',
    ...overrides,
  };
}

export function noteFields(overrides: Partial<NoteFields> = {}): NoteFields {
  return {
    happenedAt: '2026-11-20T14:30:00.000Z',
    contactType: 'in_person',
    durationMinutes: 45,
    setting: 'The library café',
    talkedAbout: 'We talked about the garden and the bus route there.',
    inTheirWords: '“I want my hands in the soil again.”',
    strengthsNoticed: 'Planned the trip step by step',
    resources: 'Eastside community garden, Tuesday drop-in',
    nextSteps: [{ what: 'Call the garden coordinator', who: 'Robin' }],
    goalIds: [],
    ...overrides,
  };
}

export async function value<T>(f: CoreFixture, channel: string, input: unknown): Promise<T> {
  return (await call(f.core, channel, input)) as T;
}
