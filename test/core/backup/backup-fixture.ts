import { open } from 'node:fs/promises';
import type { Note, Person } from '../../../src-main/contract';
import type { CoreFixture } from '../../support/core-fixture';
import { call } from '../../support/core-fixture';
import { noteFields, personFields } from '../../support/record-fixture';

/** Each person's name and each note's words carry a canary, so a plaintext leak is found. */
export const canary = (what: string) => `ZQXBACKUP-${what}-41c8`;

/** A folder chooser that always answers the given folder, and counts how often it was asked. */
export function answerFolder(path: string | null) {
  const asked: string[] = [];
  return {
    asked,
    chooseFolder: (purpose: 'backup' | 'restore') => {
      asked.push(purpose);
      return Promise.resolve(path);
    },
  };
}

export async function addPeopleWithNotes(
  f: CoreFixture,
  people: number,
  notesEach: number,
): Promise<Note[]> {
  const notes: Note[] = [];
  for (let p = 0; p < people; p += 1) {
    const person = (await call(
      f.core,
      'people.create',
      personFields({ preferredName: canary(`person${p}`) }),
    )) as Person;
    for (let n = 0; n < notesEach; n += 1) {
      notes.push(
        (await call(f.core, 'notes.create', {
          personId: person.id,
          fields: noteFields({ talkedAbout: canary(`note${p}-${n}`) }),
        })) as Note,
      );
    }
  }
  return notes;
}

/** Overwrites a few bytes inside page `page` (4096-byte pages), as a failing disk would. */
export async function damagePage(file: string, page: number): Promise<void> {
  const handle = await open(file, 'r+');
  try {
    await handle.write(Buffer.from([0xde, 0xad, 0xbe, 0xef]), 0, 4, 4096 * page + 100);
  } finally {
    await handle.close();
  }
}
