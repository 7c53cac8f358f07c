import type { ContactType, GoalStatus, Language } from '../../contract';
import type { PdfBlock, PdfDocument } from '../documents/pdf';
import { goalsOfPerson, stepsOfGoals } from '../goals/goals.repo';
import { requirePerson } from '../people/people.service';
import type { Db } from '../record/deps';
import { OWN_COPY_WORDS } from './own-copy-words';
import type { OwnCopyWords } from './own-copy-words';

function dateOf(iso: string, language: Language, withTime: boolean): string {
  return new Intl.DateTimeFormat(language, {
    dateStyle: 'long',
    ...(withTime ? { timeStyle: 'short' } : {}),
  }).format(new Date(iso));
}

/** A field with nothing in it is still shown, so the person sees it was left blank. */
function field(words: OwnCopyWords, label: string, value: string): PdfBlock {
  return { kind: 'field', label, value: value.trim() ? value : words.notYet };
}

interface NextStep {
  what: string;
  who: string;
}

function nextStepsOf(json: string): NextStep[] {
  const parsed: unknown = JSON.parse(json);
  return Array.isArray(parsed) ? (parsed as NextStep[]) : [];
}

/**
 * The person's own copy of their record, as a document for the PDF renderer: about them, their
 * goals with their steps, then every note oldest first with every field, the goals it touched (in
 * their words) and its next steps. The current version of each note: earlier versions are the
 * record's history, not what was last agreed on paper.
 */
export async function buildOwnCopy(
  db: Db,
  personId: string,
  language: Language,
): Promise<{ document: PdfDocument; noteCount: number }> {
  const words = OWN_COPY_WORDS[language];
  const person = await requirePerson(db, personId);
  const goals = await goalsOfPerson(db, personId);
  const steps = await stepsOfGoals(
    db,
    goals.map((goal) => goal.id),
  );
  const notes = await db
    .selectFrom('notes')
    .selectAll()
    .where('person_id', '=', personId)
    .orderBy('happened_at', 'asc')
    .orderBy('seq', 'asc')
    .execute();
  const links = notes.length
    ? await db
        .selectFrom('note_goals')
        .select(['note_id', 'goal_id'])
        .where(
          'note_id',
          'in',
          notes.map((note) => note.id),
        )
        .execute()
    : [];
  const goalWords = new Map(goals.map((goal) => [goal.id, goal.in_their_words]));

  const blocks: PdfBlock[] = [
    { kind: 'paragraph', text: words.intro },
    { kind: 'heading', text: words.aboutYou },
    field(words, words.pronouns, person.pronouns),
    field(words, words.contactPreference, person.contact_preference),
    field(words, words.about, person.about),
    field(words, words.strengths, person.strengths),
    { kind: 'heading', text: words.goals },
  ];
  if (goals.length === 0) blocks.push({ kind: 'paragraph', text: words.noGoals });
  for (const goal of goals) {
    blocks.push(
      field(words, words.goal, goal.in_their_words),
      field(words, words.whyItMatters, goal.why_it_matters),
      field(words, words.status, words.statuses[goal.status as GoalStatus]),
    );
    if (goal.reached_at) {
      blocks.push(field(words, words.reachedOn, dateOf(goal.reached_at, language, false)));
    }
    const own = steps.filter((step) => step.goal_id === goal.id);
    if (own.length > 0) {
      blocks.push(
        field(
          words,
          words.steps,
          own
            .map((step) => `• ${step.text} (${step.done_at ? words.stepDone : words.stepToDo})`)
            .join('\n'),
        ),
      );
    }
  }

  blocks.push({ kind: 'heading', text: words.notes(notes.length) });
  if (notes.length === 0) blocks.push({ kind: 'paragraph', text: words.noNotes });
  for (const note of notes) {
    const touched = links
      .filter((link) => link.note_id === note.id)
      .map((link) => goalWords.get(link.goal_id))
      .filter((text): text is string => text !== undefined);
    blocks.push(
      {
        kind: 'heading',
        text: words.noteHeading(
          dateOf(note.happened_at, language, true),
          words.contactTypes[note.contact_type as ContactType],
        ),
      },
      field(words, words.duration, words.minutes(note.duration_minutes)),
      field(words, words.setting, note.setting),
      field(words, words.talkedAbout, note.talked_about),
    );
    if (note.in_their_words.trim()) {
      blocks.push({ kind: 'quote', text: note.in_their_words, source: words.inYourWords });
    } else {
      blocks.push(field(words, words.inYourWords, ''));
    }
    blocks.push(
      field(words, words.strengthsNoticed, note.strengths_noticed),
      field(words, words.resources, note.resources),
      field(words, words.goalsTouched, touched.map((text) => `• ${text}`).join('\n')),
      field(
        words,
        words.nextSteps,
        nextStepsOf(note.next_steps)
          .map((step) => (step.who ? `• ${step.what} (${step.who})` : `• ${step.what}`))
          .join('\n'),
      ),
    );
  }
  blocks.push({ kind: 'small', text: words.footer });

  return {
    document: { title: words.title(person.preferred_name), language, blocks },
    noteCount: notes.length,
  };
}
