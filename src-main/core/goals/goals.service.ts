import type { Kysely, Transaction } from 'kysely';
import type { Goal, GoalFields, GoalStatus } from '../../contract';
import { appendAudit } from '../audit/audit.service';
import type { Database } from '../db/schema';
import { AppFailure } from '../failure';
import { touchPerson } from '../people/people.repo';
import { requirePerson } from '../people/people.service';
import { nowIso } from '../record/deps';
import type { Db, RecordDeps } from '../record/deps';
import {
  deleteStep,
  findGoal,
  findStep,
  goalsOfPerson,
  insertGoal,
  insertStep,
  stepsOfGoals,
  updateGoal,
  updateStep,
} from './goals.repo';
import type { GoalRow, StepRow } from './goals.repo';

function toGoal(row: GoalRow, steps: StepRow[]): Goal {
  return {
    id: row.id,
    personId: row.person_id,
    inTheirWords: row.in_their_words,
    whyItMatters: row.why_it_matters,
    status: row.status as GoalStatus,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    reachedAt: row.reached_at,
    steps: steps.map((step) => ({
      id: step.id,
      text: step.text,
      doneAt: step.done_at,
      position: step.position,
    })),
  };
}

async function requireGoal(db: Db, id: string): Promise<GoalRow> {
  const row = await findGoal(db, id);
  if (!row) throw new AppFailure('NOT_FOUND', 'No such goal');
  return row;
}

async function loadGoal(db: Db, id: string): Promise<Goal> {
  return toGoal(await requireGoal(db, id), await stepsOfGoals(db, [id]));
}

/** Reaching a goal records when; leaving "reached" clears it. */
function reachedAt(status: GoalStatus, previous: string | null, now: string): string | null {
  if (status !== 'reached') return null;
  return previous ?? now;
}

/** The steps' text, kept on the goal row so the goal's search index covers them. */
async function refreshStepsText(trx: Transaction<Database>, goalId: string): Promise<void> {
  const steps = await stepsOfGoals(trx, [goalId]);
  await updateGoal(trx, goalId, { steps_text: steps.map((s) => s.text).join('\n') });
}

export async function listGoals(db: Kysely<Database>, personId: string): Promise<Goal[]> {
  await requirePerson(db, personId);
  const goals = await goalsOfPerson(db, personId);
  const steps = await stepsOfGoals(
    db,
    goals.map((g) => g.id),
  );
  return goals.map((goal) =>
    toGoal(
      goal,
      steps.filter((s) => s.goal_id === goal.id),
    ),
  );
}

export async function createGoal(
  db: Kysely<Database>,
  deps: RecordDeps,
  personId: string,
  fields: GoalFields,
): Promise<Goal> {
  const id = deps.newId();
  const now = nowIso(deps);
  return db.transaction().execute(async (trx) => {
    await requirePerson(trx, personId);
    await insertGoal(trx, {
      id,
      person_id: personId,
      in_their_words: fields.inTheirWords,
      why_it_matters: fields.whyItMatters,
      status: fields.status,
      steps_text: '',
      created_at: now,
      updated_at: now,
      reached_at: reachedAt(fields.status, null, now),
    });
    await touchPerson(trx, personId, now);
    await appendAudit(trx, deps, {
      action: 'goal.created',
      detail: { status: fields.status },
      subject: { type: 'goal', id },
    });
    return loadGoal(trx, id);
  });
}

export async function updateGoalFields(
  db: Kysely<Database>,
  deps: RecordDeps,
  id: string,
  fields: GoalFields,
): Promise<Goal> {
  const now = nowIso(deps);
  return db.transaction().execute(async (trx) => {
    const goal = await requireGoal(trx, id);
    await updateGoal(trx, id, {
      in_their_words: fields.inTheirWords,
      why_it_matters: fields.whyItMatters,
      status: fields.status,
      updated_at: now,
      reached_at: reachedAt(fields.status, goal.reached_at, now),
    });
    await touchPerson(trx, goal.person_id, now);
    await appendAudit(trx, deps, {
      action: 'goal.updated',
      detail: { status: fields.status },
      subject: { type: 'goal', id },
    });
    return loadGoal(trx, id);
  });
}

export async function setGoalStatus(
  db: Kysely<Database>,
  deps: RecordDeps,
  id: string,
  status: GoalStatus,
): Promise<Goal> {
  const now = nowIso(deps);
  return db.transaction().execute(async (trx) => {
    const goal = await requireGoal(trx, id);
    await updateGoal(trx, id, {
      status,
      updated_at: now,
      reached_at: reachedAt(status, goal.reached_at, now),
    });
    await touchPerson(trx, goal.person_id, now);
    await appendAudit(trx, deps, {
      action: 'goal.status_changed',
      detail: { status },
      subject: { type: 'goal', id },
    });
    return loadGoal(trx, id);
  });
}

export async function addStep(
  db: Kysely<Database>,
  deps: RecordDeps,
  goalId: string,
  text: string,
): Promise<Goal> {
  const stepId = deps.newId();
  const now = nowIso(deps);
  return db.transaction().execute(async (trx) => {
    const goal = await requireGoal(trx, goalId);
    const steps = await stepsOfGoals(trx, [goalId]);
    const position = steps.reduce((max, s) => Math.max(max, s.position), 0) + 1;
    await insertStep(trx, { id: stepId, goal_id: goalId, text, done_at: null, position });
    await refreshStepsText(trx, goalId);
    await updateGoal(trx, goalId, { updated_at: now });
    await touchPerson(trx, goal.person_id, now);
    await appendAudit(trx, deps, {
      action: 'goal.step_added',
      detail: { step: stepId },
      subject: { type: 'goal', id: goalId },
    });
    return loadGoal(trx, goalId);
  });
}

async function withStep(
  db: Kysely<Database>,
  stepId: string,
  change: (trx: Transaction<Database>, step: StepRow, goal: GoalRow) => Promise<void>,
): Promise<Goal> {
  return db.transaction().execute(async (trx) => {
    const step = await findStep(trx, stepId);
    if (!step) throw new AppFailure('NOT_FOUND', 'No such step');
    const goal = await requireGoal(trx, step.goal_id);
    await change(trx, step, goal);
    return loadGoal(trx, goal.id);
  });
}

export async function setStepDone(
  db: Kysely<Database>,
  deps: RecordDeps,
  stepId: string,
  done: boolean,
): Promise<Goal> {
  const now = nowIso(deps);
  return withStep(db, stepId, async (trx, step, goal) => {
    await updateStep(trx, stepId, { done_at: done ? (step.done_at ?? now) : null });
    await updateGoal(trx, goal.id, { updated_at: now });
    await touchPerson(trx, goal.person_id, now);
    await appendAudit(trx, deps, {
      action: 'goal.step_done',
      detail: { step: stepId, done },
      subject: { type: 'goal', id: goal.id },
    });
  });
}

export async function removeStep(
  db: Kysely<Database>,
  deps: RecordDeps,
  stepId: string,
): Promise<Goal> {
  const now = nowIso(deps);
  return withStep(db, stepId, async (trx, _step, goal) => {
    await deleteStep(trx, stepId);
    await refreshStepsText(trx, goal.id);
    await updateGoal(trx, goal.id, { updated_at: now });
    await appendAudit(trx, deps, {
      action: 'goal.step_removed',
      detail: { step: stepId },
      subject: { type: 'goal', id: goal.id },
    });
  });
}
