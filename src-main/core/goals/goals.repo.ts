import type { Selectable } from 'kysely';
import type { GoalStepTable, GoalTable } from '../db/schema';
import type { Db } from '../record/deps';

export type GoalRow = Selectable<GoalTable>;
export type StepRow = Selectable<GoalStepTable>;

export async function insertGoal(db: Db, row: Omit<GoalRow, 'seq'>): Promise<void> {
  await db.insertInto('goals').values(row).execute();
}

export async function findGoal(db: Db, id: string): Promise<GoalRow | undefined> {
  return db.selectFrom('goals').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function updateGoal(
  db: Db,
  id: string,
  change: Partial<Omit<GoalRow, 'seq' | 'id'>>,
): Promise<void> {
  await db.updateTable('goals').set(change).where('id', '=', id).execute();
}

export async function goalsOfPerson(db: Db, personId: string): Promise<GoalRow[]> {
  return db
    .selectFrom('goals')
    .selectAll()
    .where('person_id', '=', personId)
    .orderBy('seq')
    .execute();
}

export async function stepsOfGoals(db: Db, goalIds: string[]): Promise<StepRow[]> {
  if (goalIds.length === 0) return [];
  return db
    .selectFrom('goal_steps')
    .selectAll()
    .where('goal_id', 'in', goalIds)
    .orderBy('goal_id')
    .orderBy('position')
    .execute();
}

export async function findStep(db: Db, id: string): Promise<StepRow | undefined> {
  return db.selectFrom('goal_steps').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertStep(db: Db, row: Omit<StepRow, 'seq'>): Promise<void> {
  await db.insertInto('goal_steps').values(row).execute();
}

export async function updateStep(
  db: Db,
  id: string,
  change: { done_at: string | null },
): Promise<void> {
  await db.updateTable('goal_steps').set(change).where('id', '=', id).execute();
}

export async function deleteStep(db: Db, id: string): Promise<void> {
  await db.deleteFrom('goal_steps').where('id', '=', id).execute();
}

/** The goal ids among `ids` that belong to this person. */
export async function goalIdsOfPerson(db: Db, personId: string, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('goals')
    .select('id')
    .where('person_id', '=', personId)
    .where('id', 'in', ids)
    .execute();
  return rows.map((row) => row.id);
}
