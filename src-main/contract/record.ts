import { z } from 'zod';

/**
 * The person's own space: people, their goals, notes written together, and the worker's
 * reflections. Every text field is plain text: the renderer never renders markup from it.
 */

const id = z.string().uuid();

/**
 * Plain text as typed: control characters other than tab and line breaks are dropped, since they
 * are invisible and \u0002/\u0003 mark search highlights.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
const text = (max: number) =>
  z
    .string()
    .max(max)
    .transform((value) => value.replace(CONTROL, ''));

/** The same cleaning for text fields declared in other contract files. */
export const plainText = text;

/** Long enough for a detailed note; short enough that one field cannot swallow memory. */
const longText = text(20_000);
const shortText = text(200);
const isoDateTime = z.string().datetime({ offset: true });

export const idSchema = id;
export const LIST_LIMIT = { default: 50, max: 200 } as const;
const limit = z.number().int().min(1).max(LIST_LIMIT.max).optional();
/** Opaque keyset cursor from the previous page's `nextCursor`. */
const cursor = z.string().max(200).nullable().optional();

// People ---------------------------------------------------------------------------------------

export const personFieldsSchema = z
  .object({
    preferredName: text(120).pipe(z.string().trim().min(1)),
    pronouns: shortText,
    contactPreference: text(500),
    aboutInTheirWords: longText,
    strengths: longText,
  })
  .strict();
export type PersonFields = z.infer<typeof personFieldsSchema>;

export const personSchema = personFieldsSchema.extend({
  id,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  lastActivityAt: isoDateTime,
  archivedAt: isoDateTime.nullable(),
});
export type Person = z.infer<typeof personSchema>;

export const personSummarySchema = z.object({
  id,
  preferredName: z.string(),
  pronouns: z.string(),
  lastActivityAt: isoDateTime,
  archivedAt: isoDateTime.nullable(),
});
export type PersonSummary = z.infer<typeof personSummarySchema>;

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });

// Goals ----------------------------------------------------------------------------------------

export const GOAL_STATUSES = ['exploring', 'working_on_it', 'reached', 'set_aside'] as const;
export const goalStatusSchema = z.enum(GOAL_STATUSES);
export type GoalStatus = z.infer<typeof goalStatusSchema>;

export const goalFieldsSchema = z
  .object({
    inTheirWords: text(2_000).pipe(z.string().trim().min(1)),
    whyItMatters: longText,
    status: goalStatusSchema,
  })
  .strict();
export type GoalFields = z.infer<typeof goalFieldsSchema>;

export const goalStepSchema = z.object({
  id,
  text: z.string(),
  doneAt: isoDateTime.nullable(),
  position: z.number().int(),
});
export type GoalStep = z.infer<typeof goalStepSchema>;

export const goalSchema = goalFieldsSchema.extend({
  id,
  personId: id,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  reachedAt: isoDateTime.nullable(),
  steps: z.array(goalStepSchema),
});
export type Goal = z.infer<typeof goalSchema>;

// Notes ----------------------------------------------------------------------------------------

export const CONTACT_TYPES = ['in_person', 'phone', 'video', 'group', 'outreach'] as const;
export const contactTypeSchema = z.enum(CONTACT_TYPES);
export type ContactType = z.infer<typeof contactTypeSchema>;

export const nextStepSchema = z.object({ what: text(1_000), who: text(120) }).strict();
export type NextStep = z.infer<typeof nextStepSchema>;

export const noteFieldsSchema = z
  .object({
    happenedAt: isoDateTime,
    contactType: contactTypeSchema,
    durationMinutes: z
      .number()
      .int()
      .min(0)
      .max(24 * 60),
    setting: text(500),
    talkedAbout: longText,
    inTheirWords: longText,
    strengthsNoticed: longText,
    resources: longText,
    nextSteps: z.array(nextStepSchema).max(50),
    goalIds: z.array(id).max(50),
  })
  .strict();
export type NoteFields = z.infer<typeof noteFieldsSchema>;

export const noteSchema = noteFieldsSchema.extend({
  id,
  personId: id,
  version: z.number().int().min(1),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type Note = z.infer<typeof noteSchema>;

export const noteSummarySchema = z.object({
  id,
  personId: id,
  happenedAt: isoDateTime,
  contactType: contactTypeSchema,
  durationMinutes: z.number().int(),
  /** The first words of what we talked about, for the list. */
  preview: z.string(),
  version: z.number().int(),
  updatedAt: isoDateTime,
});
export type NoteSummary = z.infer<typeof noteSummarySchema>;

export const noteVersionSummarySchema = z.object({
  version: z.number().int().min(1),
  savedAt: isoDateTime,
  /** Set when this version was made by restoring an older one. */
  restoredFrom: z.number().int().nullable(),
});
export type NoteVersionSummary = z.infer<typeof noteVersionSummarySchema>;

export const noteVersionSchema = noteVersionSummarySchema.extend({
  noteId: id,
  fields: noteFieldsSchema,
});
export type NoteVersion = z.infer<typeof noteVersionSchema>;

export const noteSavedSchema = z.object({
  id,
  version: z.number().int(),
  /** False when the save changed nothing, so no version was added. */
  changed: z.boolean(),
  savedAt: isoDateTime,
});
export type NoteSaved = z.infer<typeof noteSavedSchema>;

// Reflections ----------------------------------------------------------------------------------

export const reflectionFieldsSchema = z.object({ title: text(200), body: longText }).strict();
export type ReflectionFields = z.infer<typeof reflectionFieldsSchema>;

export const reflectionSchema = reflectionFieldsSchema.extend({
  id,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type Reflection = z.infer<typeof reflectionSchema>;

export const reflectionSummarySchema = z.object({
  id,
  title: z.string(),
  preview: z.string(),
  updatedAt: isoDateTime,
});
export type ReflectionSummary = z.infer<typeof reflectionSummarySchema>;

// Search ---------------------------------------------------------------------------------------

export const SEARCH_KINDS = ['person', 'goal', 'note', 'reflection'] as const;
export const searchKindSchema = z.enum(SEARCH_KINDS);
export type SearchKind = z.infer<typeof searchKindSchema>;

/**
 * Snippets mark matches with these two control characters; the renderer splits on them and
 * wraps the inner parts in <mark> elements, so no markup ever travels as text.
 */
export const SNIPPET_OPEN = '\u0002';
export const SNIPPET_CLOSE = '\u0003';

export const searchInputSchema = z
  .object({
    text: z.string().max(200),
    /** Only this person's record: their profile, goals and notes. */
    personId: id.optional(),
    limit,
  })
  .strict();

export const searchHitSchema = z.object({
  kind: searchKindSchema,
  id,
  /** The person the hit belongs to; null for a reflection. */
  personId: id.nullable(),
  personName: z.string().nullable(),
  title: z.string(),
  /** For a note: when and how, so the screen can say it in the reader's language. */
  note: z.object({ happenedAt: isoDateTime, contactType: contactTypeSchema }).optional(),
  snippet: z.string(),
});
export type SearchHit = z.infer<typeof searchHitSchema>;

// Language check -------------------------------------------------------------------------------

export const languageFlagSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** The words as written in the text. */
  found: z.string(),
  /** The entry in the word list, for dismissing it. */
  termId: z.string(),
  suggestion: z.string(),
  why: z.string(),
});
export type LanguageFlag = z.infer<typeof languageFlagSchema>;

export const recordInputs = {
  id,
  limit,
  cursor,
  longText,
};
