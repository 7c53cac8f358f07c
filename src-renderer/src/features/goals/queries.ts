import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Goal, GoalFields, GoalStatus } from '../../../../src-main/contract';
import { api } from '../../api';
import { queryKeys } from '../../queries/keys';

export function useGoals(personId: string) {
  return useQuery({
    queryKey: queryKeys.goals(personId),
    queryFn: () => api.call('goals.list', { personId }),
  });
}

/** Every goal change answers with the whole goal; it replaces the one in the list. */
function useGoalMutation<V>(personId: string, call: (variables: V) => Promise<Goal>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: (goal) => {
      queryClient.setQueryData<Goal[]>(queryKeys.goals(personId), (old = []) =>
        old.some((g) => g.id === goal.id)
          ? old.map((g) => (g.id === goal.id ? goal : g))
          : [...old, goal],
      );
      // The person's last activity changed, so the order of the list may have too.
      void queryClient.invalidateQueries({ queryKey: [...queryKeys.people, 'list'] });
    },
  });
}

export function useGoalActions(personId: string) {
  return {
    create: useGoalMutation(personId, (fields: GoalFields) =>
      api.call('goals.create', { personId, fields }),
    ),
    update: useGoalMutation(personId, (input: { id: string; fields: GoalFields }) =>
      api.call('goals.update', input),
    ),
    setStatus: useGoalMutation(personId, (input: { id: string; status: GoalStatus }) =>
      api.call('goals.setStatus', input),
    ),
    addStep: useGoalMutation(personId, (input: { goalId: string; text: string }) =>
      api.call('goals.addStep', input),
    ),
    setStepDone: useGoalMutation(personId, (input: { stepId: string; done: boolean }) =>
      api.call('goals.setStepDone', input),
    ),
    removeStep: useGoalMutation(personId, (input: { stepId: string }) =>
      api.call('goals.removeStep', input),
    ),
  };
}

export type GoalActions = ReturnType<typeof useGoalActions>;
