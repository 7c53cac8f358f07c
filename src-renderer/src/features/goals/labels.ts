import type { GoalStatus } from '../../../../src-main/contract';
import type { MessageKey } from '../../i18n/en';

export const GOAL_STATUS_LIST: readonly GoalStatus[] = [
  'exploring',
  'working_on_it',
  'reached',
  'set_aside',
];

export const goalStatusLabels: Record<GoalStatus, MessageKey> = {
  exploring: 'goal.status.exploring',
  working_on_it: 'goal.status.working_on_it',
  reached: 'goal.status.reached',
  set_aside: 'goal.status.set_aside',
};
