import { nextStepSchema, noteFieldsSchema } from '../../contract';
import type { NoteFields } from '../../contract';
import { z } from 'zod';
import type { NoteRow } from './notes.repo';

/**
 * One canonical form of a note's content: fixed key order, goal ids sorted, times normalised.
 * Two saves are "the same" exactly when their canonical JSON is equal, so an autosave that
 * changes nothing adds no version.
 */
export function canonicalFields(fields: NoteFields): NoteFields {
  return {
    happenedAt: new Date(fields.happenedAt).toISOString(),
    contactType: fields.contactType,
    durationMinutes: fields.durationMinutes,
    setting: fields.setting,
    talkedAbout: fields.talkedAbout,
    inTheirWords: fields.inTheirWords,
    strengthsNoticed: fields.strengthsNoticed,
    resources: fields.resources,
    nextSteps: fields.nextSteps.map((step) => ({ what: step.what, who: step.who })),
    goalIds: [...new Set(fields.goalIds)].sort(),
  };
}

export function snapshotJson(fields: NoteFields): string {
  return JSON.stringify(canonicalFields(fields));
}

export function parseSnapshot(json: string): NoteFields {
  return noteFieldsSchema.parse(JSON.parse(json));
}

const nextStepsSchema = z.array(nextStepSchema);

export function fieldsOfRow(row: NoteRow, goalIds: string[]): NoteFields {
  return {
    happenedAt: row.happened_at,
    contactType: row.contact_type as NoteFields['contactType'],
    durationMinutes: row.duration_minutes,
    setting: row.setting,
    talkedAbout: row.talked_about,
    inTheirWords: row.in_their_words,
    strengthsNoticed: row.strengths_noticed,
    resources: row.resources,
    nextSteps: nextStepsSchema.parse(JSON.parse(row.next_steps)),
    goalIds,
  };
}

export function rowColumns(fields: NoteFields) {
  const canonical = canonicalFields(fields);
  return {
    happened_at: canonical.happenedAt,
    contact_type: canonical.contactType,
    duration_minutes: canonical.durationMinutes,
    setting: canonical.setting,
    talked_about: canonical.talkedAbout,
    in_their_words: canonical.inTheirWords,
    strengths_noticed: canonical.strengthsNoticed,
    resources: canonical.resources,
    next_steps: JSON.stringify(canonical.nextSteps),
    next_steps_text: canonical.nextSteps.map((step) => `${step.what} — ${step.who}`).join('\n'),
    preview: previewOf(canonical),
  };
}

const PREVIEW_LENGTH = 140;

/** The first words of what we talked about (or their words, or the setting), for lists. */
export function previewOf(fields: NoteFields): string {
  const text = (fields.talkedAbout || fields.inTheirWords || fields.setting)
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > PREVIEW_LENGTH ? `${text.slice(0, PREVIEW_LENGTH - 1)}…` : text;
}
