import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from './render-app';

async function openGoals() {
  let personId = '';
  const app = renderApp({
    state: 'unlocked',
    seed: (record) => {
      personId = record.addPerson({ preferredName: 'Sam' }).id;
    },
  });
  window.location.hash = `#/people/${personId}/goals`;
  await screen.findByRole('heading', { level: 2, name: 'Goals' });
  return app;
}

async function addGoal(user: ReturnType<typeof renderApp>['user'], words: string) {
  await user.click(screen.getByRole('button', { name: 'Add a goal' }));
  await user.type(screen.getByRole('textbox', { name: /^The goal, in their words/ }), words);
  await user.type(screen.getByRole('textbox', { name: 'Why it matters to them' }), 'Freedom');
  await user.click(screen.getByRole('button', { name: 'Add this goal' }));
  return screen.findByRole('article', { name: words });
}

describe('goals', () => {
  it('asks for the goal in their words before adding it', async () => {
    const { user, core } = await openGoals();
    await user.click(screen.getByRole('button', { name: 'Add a goal' }));
    await user.click(screen.getByRole('button', { name: 'Add this goal' }));
    expect(await screen.findByText('Please write the goal in their words.')).toBeInTheDocument();
    expect(core.callsTo('goals.create')).toHaveLength(0);
  });

  it('adds a goal with steps, and celebrates a step done quietly', async () => {
    const { user, core } = await openGoals();
    const goal = await addGoal(user, 'Ride the bus on my own');
    expect(within(goal).getByText('Exploring', { selector: '.tag' })).toBeInTheDocument();

    await user.type(within(goal).getByRole('textbox', { name: 'New step' }), 'Get a bus pass');
    await user.click(within(goal).getByRole('button', { name: 'Add step' }));
    const step = await within(goal).findByRole('checkbox', { name: 'Get a bus pass' });
    expect(step).not.toBeChecked();

    await user.click(step);
    expect(await screen.findByText('Step done — nice work together.')).toBeInTheDocument();
    expect(within(goal).getByRole('checkbox', { name: 'Get a bus pass' })).toBeChecked();
    expect(core.callsTo('goals.setStepDone')).toEqual([expect.objectContaining({ done: true })]);

    await user.click(within(goal).getByRole('button', { name: 'Remove step: Get a bus pass' }));
    await screen.findByText('Step removed.');
    expect(within(goal).queryByRole('checkbox')).not.toBeInTheDocument();
  });

  it('celebrates a goal reached', async () => {
    const { user } = await openGoals();
    const goal = await addGoal(user, 'Cook a meal for friends');
    await user.selectOptions(within(goal).getByRole('combobox', { name: 'Status' }), 'reached');
    expect(
      await screen.findByText('Goal reached — something to celebrate together.'),
    ).toBeInTheDocument();
    expect(within(goal).getByText('Reached', { selector: '.tag' })).toBeInTheDocument();
    expect(goal).toHaveClass('goal-card--celebrate');
  });

  it('edits a goal', async () => {
    const { user } = await openGoals();
    const goal = await addGoal(user, 'Walk every day');
    await user.click(within(goal).getByRole('button', { name: 'Edit goal' }));
    const words = screen.getByRole('textbox', { name: /^The goal, in their words/ });
    await user.clear(words);
    await user.type(words, 'Walk most days');
    await user.click(screen.getByRole('button', { name: 'Save goal' }));
    expect(await screen.findByRole('article', { name: 'Walk most days' })).toBeInTheDocument();
  });
});
