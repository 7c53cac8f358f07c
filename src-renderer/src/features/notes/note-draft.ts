import type { ContactType, Note, NoteFields } from '../../../../src-main/contract';

export interface NextStepRow {
  /** Only for React's list keys; never saved. */
  key: string;
  what: string;
  who: string;
}

/** What the editor holds: the fields as typed, so a half-typed number is never lost. */
export interface NoteDraft {
  happenedAtIso: string;
  happenedAtLocal: string;
  contactType: ContactType;
  duration: string;
  setting: string;
  talkedAbout: string;
  inTheirWords: string;
  strengthsNoticed: string;
  resources: string;
  nextSteps: NextStepRow[];
  goalIds: string[];
}

export type DraftProblem = 'happenedAt' | 'duration';

const pad = (n: number) => String(n).padStart(2, '0');

/** An instant as the value of a datetime-local input, in this computer's time zone. */
export function toLocalInput(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(
    date.getHours(),
  )}:${pad(date.getMinutes())}`;
}

let rowCounter = 0;
export function newRowKey(): string {
  rowCounter += 1;
  return `row-${rowCounter}`;
}

export function draftOf(fields: NoteFields | Note): NoteDraft {
  return {
    happenedAtIso: fields.happenedAt,
    happenedAtLocal: toLocalInput(fields.happenedAt),
    contactType: fields.contactType,
    duration: String(fields.durationMinutes),
    setting: fields.setting,
    talkedAbout: fields.talkedAbout,
    inTheirWords: fields.inTheirWords,
    strengthsNoticed: fields.strengthsNoticed,
    resources: fields.resources,
    nextSteps: fields.nextSteps.map((step) => ({ ...step, key: newRowKey() })),
    goalIds: [...fields.goalIds],
  };
}

export const MAX_MINUTES = 24 * 60;

/** The fields to save, or which field needs a look first. */
export function fieldsOf(
  draft: NoteDraft,
): { ok: true; fields: NoteFields } | { ok: false; problem: DraftProblem } {
  let happenedAt = draft.happenedAtIso;
  if (draft.happenedAtLocal !== toLocalInput(draft.happenedAtIso)) {
    const date = new Date(draft.happenedAtLocal);
    if (!draft.happenedAtLocal || Number.isNaN(date.getTime())) {
      return { ok: false, problem: 'happenedAt' };
    }
    happenedAt = date.toISOString();
  }
  const duration = draft.duration.trim();
  if (!/^\d{1,4}$/.test(duration) || Number(duration) > MAX_MINUTES) {
    return { ok: false, problem: 'duration' };
  }
  return {
    ok: true,
    fields: {
      happenedAt,
      contactType: draft.contactType,
      durationMinutes: Number(duration),
      setting: draft.setting,
      talkedAbout: draft.talkedAbout,
      inTheirWords: draft.inTheirWords,
      strengthsNoticed: draft.strengthsNoticed,
      resources: draft.resources,
      nextSteps: draft.nextSteps.map(({ what, who }) => ({ what, who })),
      goalIds: draft.goalIds,
    },
  };
}
