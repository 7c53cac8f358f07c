import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import {
  addStep,
  createGoal,
  listGoals,
  removeStep,
  setGoalStatus,
  setStepDone,
  updateGoalFields,
} from '../goals/goals.service';
import { checkLanguage } from '../language/language.service';
import {
  createNote,
  getNote,
  noteVersion,
  noteVersions,
  pageNotes,
  restoreNote,
  saveNote,
} from '../notes/notes.service';
import {
  createPerson,
  getPerson,
  pagePeople,
  setArchived,
  updatePersonFields,
} from '../people/people.service';
import {
  createReflection,
  getReflection,
  pageReflections,
  removeReflection,
  saveReflection,
} from '../reflections/reflections.service';
import type { Handlers } from '../router';
import { search } from '../search/search.service';
import type { RecordDeps } from './deps';

type RecordChannel = Extract<
  keyof Handlers,
  `${'people' | 'goals' | 'notes' | 'reflections' | 'search' | 'language'}.${string}`
>;

/** The person's own space, as channels; the router has already checked the vault is open. */
export function recordHandlers(
  db: () => Kysely<Database>,
  deps: RecordDeps,
): Pick<Handlers, RecordChannel> {
  return {
    'people.list': (input) => pagePeople(db(), input),
    'people.get': ({ id }) => getPerson(db(), id),
    'people.create': (fields) => createPerson(db(), deps, fields),
    'people.update': ({ id, fields }) => updatePersonFields(db(), deps, id, fields),
    'people.setArchived': ({ id, archived }) => setArchived(db(), deps, id, archived),

    'goals.list': ({ personId }) => listGoals(db(), personId),
    'goals.create': ({ personId, fields }) => createGoal(db(), deps, personId, fields),
    'goals.update': ({ id, fields }) => updateGoalFields(db(), deps, id, fields),
    'goals.setStatus': ({ id, status }) => setGoalStatus(db(), deps, id, status),
    'goals.addStep': ({ goalId, text }) => addStep(db(), deps, goalId, text),
    'goals.setStepDone': ({ stepId, done }) => setStepDone(db(), deps, stepId, done),
    'goals.removeStep': ({ stepId }) => removeStep(db(), deps, stepId),

    'notes.list': (input) => pageNotes(db(), input),
    'notes.get': ({ id }) => getNote(db(), id),
    'notes.create': ({ personId, fields }) => createNote(db(), deps, personId, fields),
    'notes.save': ({ id, fields }) => saveNote(db(), deps, id, fields),
    'notes.versions': ({ noteId }) => noteVersions(db(), noteId),
    'notes.version': ({ noteId, version }) => noteVersion(db(), noteId, version),
    'notes.restore': ({ noteId, version }) => restoreNote(db(), deps, noteId, version),

    'reflections.list': (input) => pageReflections(db(), input),
    'reflections.get': ({ id }) => getReflection(db(), id),
    'reflections.create': (fields) => createReflection(db(), deps, fields),
    'reflections.save': ({ id, fields }) => saveReflection(db(), deps, id, fields),
    'reflections.delete': async ({ id }) => {
      await removeReflection(db(), deps, id);
      return {};
    },

    'search.query': (input) => search(db(), input),
    'language.check': async ({ text, language }) => checkLanguage(text, language),
  };
}
