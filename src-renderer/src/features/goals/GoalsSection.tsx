import { useParams } from '@tanstack/react-router';
import { useId, useRef, useState } from 'react';
import { Banner } from '../../components/Banner';
import { Button } from '../../components/Button';
import { errorMessageKey } from '../../errors';
import type { MessageKey } from '../../i18n/en';
import { useT } from '../../i18n/useT';
import { usePerson } from '../people/queries';
import { GoalCard } from './GoalCard';
import { GoalForm, emptyGoal } from './GoalForm';
import { useGoalActions, useGoals } from './queries';

/** How long a celebrated goal keeps its soft highlight. */
const CELEBRATION_MS = 4_000;

/** The person's own goals, in their words, with small steps and quiet celebrations. */
export function GoalsSection() {
  const t = useT();
  const headingId = useId();
  const { personId } = useParams({ from: '/people/$personId' });
  const person = usePerson(personId);
  const goals = useGoals(personId);
  const actions = useGoalActions(personId);
  const [adding, setAdding] = useState(false);
  const [message, setMessage] = useState<MessageKey | null>(null);
  const [celebrating, setCelebrating] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const name = person.data?.preferredName ?? '';

  /** A polite word and a soft glow on the goal; no confetti, no sound. */
  const celebrate = (goalId: string, key: MessageKey) => {
    setMessage(key);
    setCelebrating(goalId);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => setCelebrating(null), CELEBRATION_MS);
  };

  return (
    <section className="section" aria-labelledby={headingId}>
      <div className="section__top">
        <h2 id={headingId} className="heading heading--2">
          {t('goals.title')}
        </h2>
        {!adding && (
          <Button
            onPress={() => {
              setMessage(null);
              setAdding(true);
            }}
          >
            {t('goals.add')}
          </Button>
        )}
      </div>
      <p>{t('goals.intro', { name })}</p>
      <p role="status" className="celebration">
        {message ? t(message) : ''}
      </p>
      {adding && (
        <section className="card goal-new" aria-label={t('goals.newLabel')}>
          <GoalForm
            initial={emptyGoal}
            submitLabel={t('goals.addSubmit')}
            onSubmit={async (fields) => {
              const goal = await actions.create.mutateAsync(fields);
              setAdding(false);
              if (goal.status === 'reached') celebrate(goal.id, 'goals.celebrate.reached');
              else setMessage('goals.added');
            }}
            onCancel={() => setAdding(false)}
          />
        </section>
      )}
      {goals.isError && (
        <Banner tone="error" role="alert">
          {t(errorMessageKey(goals.error))}
        </Banner>
      )}
      {goals.isSuccess && goals.data.length === 0 && !adding && (
        <p className="empty-state">{t('goals.empty', { name })}</p>
      )}
      {goals.data && goals.data.length > 0 && (
        <ul className="goal-list">
          {goals.data.map((goal) => (
            <li key={goal.id}>
              <GoalCard
                goal={goal}
                actions={actions}
                celebrating={celebrating === goal.id}
                onCelebrate={(key) => celebrate(goal.id, key)}
                onMessage={setMessage}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
