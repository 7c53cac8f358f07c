import { useId, useState } from 'react';
import { Checkbox, Form } from 'react-aria-components';
import type { Goal, GoalStatus } from '../../../../src-main/contract';
import { Banner } from '../../components/Banner';
import { Button } from '../../components/Button';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { errorMessageKey } from '../../errors';
import type { MessageKey } from '../../i18n/en';
import { useT } from '../../i18n/useT';
import { GoalForm } from './GoalForm';
import { GOAL_STATUS_LIST, goalStatusLabels } from './labels';
import type { GoalActions } from './queries';

export interface GoalCardProps {
  goal: Goal;
  actions: GoalActions;
  celebrating: boolean;
  onCelebrate: (key: MessageKey) => void;
  onMessage: (key: MessageKey | null) => void;
}

export function GoalCard({ goal, actions, celebrating, onCelebrate, onMessage }: GoalCardProps) {
  const t = useT();
  const headingId = useId();
  const stepsId = useId();
  const [editing, setEditing] = useState(false);
  const [newStep, setNewStep] = useState('');
  const [error, setError] = useState<MessageKey | null>(null);

  const run = async (work: () => Promise<unknown>) => {
    setError(null);
    try {
      await work();
    } catch (caught) {
      setError(errorMessageKey(caught));
    }
  };

  const setStatus = (status: GoalStatus) =>
    run(async () => {
      const updated = await actions.setStatus.mutateAsync({ id: goal.id, status });
      if (updated.status === 'reached' && goal.status !== 'reached') {
        onCelebrate('goals.celebrate.reached');
      } else {
        onMessage(null);
      }
    });

  const addStep = () =>
    run(async () => {
      const text = newStep.trim();
      if (!text) return;
      await actions.addStep.mutateAsync({ goalId: goal.id, text });
      setNewStep('');
      onMessage('goals.stepAdded');
    });

  const done = goal.steps.filter((step) => step.doneAt !== null).length;
  const classes = ['goal-card', `goal-card--${goal.status}`, celebrating && 'goal-card--celebrate']
    .filter(Boolean)
    .join(' ');

  return (
    <article className={classes} aria-labelledby={headingId}>
      {editing ? (
        <>
          <h3 id={headingId} className="heading heading--3">
            {t('goal.edit.title')}
          </h3>
          <GoalForm
            initial={{
              inTheirWords: goal.inTheirWords,
              whyItMatters: goal.whyItMatters,
              status: goal.status,
            }}
            submitLabel={t('goal.edit.submit')}
            onSubmit={async (fields) => {
              const updated = await actions.update.mutateAsync({ id: goal.id, fields });
              setEditing(false);
              if (updated.status === 'reached' && goal.status !== 'reached') {
                onCelebrate('goals.celebrate.reached');
              } else {
                onMessage('goal.edit.saved');
              }
            }}
            onCancel={() => setEditing(false)}
          />
        </>
      ) : (
        <>
          <div className="goal-card__top">
            <h3 id={headingId} className="heading heading--3 goal-card__title preserve-lines">
              {goal.inTheirWords}
            </h3>
            <span className={`tag tag--${goal.status}`}>{t(goalStatusLabels[goal.status])}</span>
          </div>
          {goal.whyItMatters && (
            <p className="goal-card__why preserve-lines">
              <span className="goal-card__label">{t('goal.field.whyItMatters')}: </span>
              {goal.whyItMatters}
            </p>
          )}
          <div className="goal-card__controls">
            <SelectField<GoalStatus>
              label={t('goal.field.status')}
              value={goal.status}
              options={GOAL_STATUS_LIST.map((value) => ({
                value,
                label: t(goalStatusLabels[value]),
              }))}
              onChange={(status) => void setStatus(status)}
            />
            <Button variant="secondary" onPress={() => setEditing(true)}>
              {t('goal.edit.open')}
            </Button>
          </div>
        </>
      )}
      <h4 id={stepsId} className="goal-card__steps-title">
        {t('goal.steps.title')}
        {goal.steps.length > 0 && (
          <span className="muted">
            {' '}
            {t('goal.steps.progress', { done, count: goal.steps.length })}
          </span>
        )}
      </h4>
      {goal.steps.length === 0 && <p className="muted">{t('goal.steps.none')}</p>}
      {goal.steps.length > 0 && (
        <ul className="steps" aria-labelledby={stepsId}>
          {[...goal.steps]
            .sort((a, b) => a.position - b.position)
            .map((step) => (
              <li key={step.id} className={`step ${step.doneAt ? 'step--done' : ''}`.trim()}>
                <Checkbox
                  className="checkbox"
                  isSelected={step.doneAt !== null}
                  onChange={(isDone) =>
                    void run(async () => {
                      await actions.setStepDone.mutateAsync({ stepId: step.id, done: isDone });
                      if (isDone) onCelebrate('goals.celebrate.step');
                      else onMessage(null);
                    })
                  }
                >
                  <span className="checkbox__box" aria-hidden="true" />
                  <span className="preserve-lines">{step.text}</span>
                </Checkbox>
                <Button
                  variant="quiet"
                  aria-label={t('goal.steps.removeLabel', { step: step.text })}
                  onPress={() =>
                    void run(async () => {
                      await actions.removeStep.mutateAsync({ stepId: step.id });
                      onMessage('goals.stepRemoved');
                    })
                  }
                >
                  {t('goal.steps.remove')}
                </Button>
              </li>
            ))}
        </ul>
      )}
      <Form
        className="step-add"
        validationBehavior="aria"
        onSubmit={(event) => {
          event.preventDefault();
          void addStep();
        }}
      >
        <TextField
          label={t('goal.steps.new')}
          value={newStep}
          onChange={setNewStep}
          maxLength={1_000}
        />
        <Button type="submit" variant="secondary" isDisabled={!newStep.trim()}>
          {t('goal.steps.add')}
        </Button>
      </Form>
      {error && (
        <Banner tone="error" role="alert">
          {t(error)}
        </Banner>
      )}
    </article>
  );
}
