import { act, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AppRoot } from '../../src-renderer/src/App';
import { createQueryClient } from '../../src-renderer/src/query-client';
import { GOOD_PASSPHRASE } from './fake-bridge';
import { NOTE_TEXT, OTHER_NAME, OTHER_NOTE, sharingApp } from './sharing-fixture';

async function inReview() {
  const app = await sharingApp();
  const share = app.addShare();
  window.location.hash = `#/people/${app.personId}/care-team/${share.id}`;
  await app.user.click(await screen.findByRole('button', { name: 'Review with Sam' }));
  await screen.findByRole('heading', { level: 1, name: "Let's read this together, Sam" });
  return { ...app, share };
}

async function leaveWithPassphrase(user: Awaited<ReturnType<typeof inReview>>['user']) {
  const dialog = await screen.findByRole('dialog', { name: "Worker's passphrase" });
  await user.type(within(dialog).getByLabelText("Worker's passphrase"), GOOD_PASSPHRASE);
  await user.click(within(dialog).getByRole('button', { name: 'Leave review' }));
}

describe('review mode', () => {
  it('shows only this person and this share: who, why, until when, the notes, what is sent', async () => {
    const { core } = await inReview();
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Lock' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    expect(document.body.textContent).not.toContain(OTHER_NAME);
    expect(document.body.textContent).not.toContain(OTHER_NOTE);
    expect(
      screen.getByText('Dr Amira Haddad, Family doctor, Riverside Clinic.'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Help with a housing application', { selector: 'li' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/If you say yes, they can get it one time, until/)).toBeInTheDocument();
    const notes = screen.getByRole('region', { name: 'Your notes it uses' });
    expect(within(notes).getByText(NOTE_TEXT)).toBeInTheDocument();
    const sends = screen.getByRole('region', { name: 'What Dr Amira Haddad will get' });
    expect(within(sends).getByText('Sam is looking for housing support.')).toBeInTheDocument();
    expect(within(sends).getByText('a quieter place to live')).toBeInTheDocument();
    expect(within(sends).getByText(/From a note of November 20, 2026/)).toBeInTheDocument();
    // The same blocks as the released document: who it is about, and that the person may withdraw.
    expect(within(sends).getByText('About')).toBeInTheDocument();
    expect(
      within(sends).getByText(
        'Sam may withdraw this consent at any time. Please ask the peer support team before using this again.',
      ),
    ).toBeInTheDocument();
    expect(document.title).toBe('Review together – Alongside');
    // The fake core is as strict as the real one: nothing else answers during a review.
    const refused = await core.invoke('people.list', { filter: '', includeArchived: false });
    expect(refused).toMatchObject({ ok: false, error: { code: 'IN_REVIEW' } });
  });

  it('speaks French when the app does, with the statements exactly as the core wrote them', async () => {
    const app = await sharingApp({ settings: { language: 'fr-CA' } });
    const share = app.addShare();
    window.location.hash = `#/people/${app.personId}/care-team/${share.id}`;
    await app.user.click(await screen.findByRole('button', { name: 'Relire avec Sam' }));
    await screen.findByRole('heading', { level: 1, name: 'Lisons ceci ensemble, Sam' });
    await app.user.click(screen.getByRole('button', { name: 'Oui, partager ceci' }));
    expect(
      await screen.findByRole('checkbox', { name: 'Mon soutien ne dépend pas de mon oui.' }),
    ).toBeInTheDocument();
    expect(app.core.callsTo('review.start')).toEqual([{ shareId: share.id, language: 'fr-CA' }]);
  });

  it('makes declining as prominent as saying yes', async () => {
    await inReview();
    const yes = screen.getByRole('button', { name: 'Yes, share this' });
    const no = screen.getByRole('button', { name: 'No, keep it private' });
    expect(no.className).toBe(yes.className);
  });

  it('asks for the passphrase on Escape, on Back and on Finish, and stays until it is right', async () => {
    const { user, core, share } = await inReview();
    await user.keyboard('{Escape}');
    let dialog = await screen.findByRole('dialog', { name: "Worker's passphrase" });
    await user.type(within(dialog).getByLabelText("Worker's passphrase"), 'not the passphrase');
    await user.click(within(dialog).getByRole('button', { name: 'Leave review' }));
    expect(
      await within(dialog).findByText("That passphrase doesn't match. Please try again."),
    ).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Stay here' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    act(() => window.history.back());
    dialog = await screen.findByRole('dialog', { name: "Worker's passphrase" });
    expect(
      screen.getByRole('heading', { level: 1, name: "Let's read this together, Sam" }),
    ).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Stay here' }));

    await user.click(screen.getByRole('button', { name: 'Finish review' }));
    await screen.findByRole('dialog', { name: "Worker's passphrase" });
    expect(core.sharing.reviewShareId).toBe(share.id);
    await leaveWithPassphrase(user);
    await screen.findByRole('heading', { level: 2, name: /For Dr Amira Haddad/ });
    expect(core.sharing.reviewShareId).toBeNull();
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
    expect(core.callsTo('review.exit')).toHaveLength(2);
  });

  it('swallows the search shortcut', async () => {
    const { user } = await inReview();
    await user.keyboard('{Control>}k{/Control}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
  });

  it('records a yes with the typed name, every statement verbatim, the format and the days', async () => {
    const { user, core, share } = await inReview();
    await user.click(screen.getByRole('button', { name: 'Yes, share this' }));
    const form = await screen.findByRole('region', { name: 'Yes, share this' });
    await user.click(within(form).getByRole('button', { name: 'Yes, share this' }));
    expect(within(form).getByText('Please type your name.')).toBeInTheDocument();
    expect(within(form).getByText('Please tick each one, or go back.')).toBeInTheDocument();
    expect(core.callsTo('review.approve')).toHaveLength(0);

    await user.type(within(form).getByRole('textbox', { name: /Type your name/ }), 'Sam');
    for (const text of [
      'I can change my mind later by telling my worker.',
      'My support does not depend on saying yes.',
      'The recipient may keep what they received.',
    ]) {
      await user.click(within(form).getByRole('checkbox', { name: text }));
    }
    await user.click(within(form).getByRole('radio', { name: 'FHIR package (JSON)' }));
    const days = within(form).getByRole('textbox', { name: /For how many days/ });
    await user.clear(days);
    await user.type(days, '400');
    await user.click(within(form).getByRole('button', { name: 'Yes, share this' }));
    expect(
      within(form).getByText('Please choose a number of days from 1 to 90.'),
    ).toBeInTheDocument();
    await user.clear(days);
    await user.type(days, '14');
    await user.click(within(form).getByRole('button', { name: 'Yes, share this' }));

    expect(await screen.findByRole('heading', { name: 'Thank you, Sam' })).toBeInTheDocument();
    expect(
      screen.getByText(
        /You said yes\. Dr Amira Haddad, Family doctor, Riverside Clinic can get this one time, as a FHIR package \(JSON\)/,
      ),
    ).toBeInTheDocument();
    expect(core.callsTo('review.approve')).toEqual([
      {
        typedName: 'Sam',
        statementsVersion: 'statements-v1',
        confirmedStatements: ['can-withdraw', 'support-stays', 'recipient-keeps'],
        format: 'fhir_json',
        method: 'side_by_side',
        expiresInDays: 14,
      },
    ]);
    // Still in review mode after the decision: leaving needs the passphrase.
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Finish review' }));
    await leaveWithPassphrase(user);
    expect(await screen.findByText('Approved, ready to release')).toBeInTheDocument();
    expect(core.sharing.shares.get(share.id)?.consents.at(-1)?.format).toBe('fhir_json');
  });

  it('records a no with one press, read aloud when chosen', async () => {
    const { user, core } = await inReview();
    await user.click(screen.getByRole('radio', { name: 'Read aloud' }));
    await user.click(screen.getByRole('button', { name: 'No, keep it private' }));
    expect(await screen.findByRole('heading', { name: 'OK, Sam' })).toBeInTheDocument();
    expect(
      screen.getByText(
        'You said no. This stays private. Nothing goes to Dr Amira Haddad, Family doctor, Riverside Clinic.',
      ),
    ).toBeInTheDocument();
    expect(core.callsTo('review.decline')).toEqual([{ method: 'read_aloud', language: 'en' }]);
  });

  it('lets the worker change the words there and then, and shows the new words', async () => {
    const { user, core } = await inReview();
    await user.click(screen.getByRole('button', { name: 'Ask for a change' }));
    const form = await screen.findByRole('region', { name: 'Change it' });
    const body = within(form).getByRole('textbox', { name: 'What we want them to know' });
    await user.clear(body);
    await user.type(body, 'Sam would like help finding a quiet flat.');
    await user.click(within(form).getByRole('button', { name: 'Take out quote 1' }));
    await user.click(within(form).getByRole('button', { name: 'Save the change' }));
    const sends = await screen.findByRole('region', { name: 'What Dr Amira Haddad will get' });
    expect(
      await within(sends).findByText('Sam would like help finding a quiet flat.'),
    ).toBeInTheDocument();
    expect(within(sends).queryByText('a quieter place to live')).not.toBeInTheDocument();
    expect(core.callsTo('review.edit')).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Yes, share this' })).toBeInTheDocument();
  });

  it('turns high contrast on and off', async () => {
    const { user, container } = await inReview();
    const toggle = screen.getByRole('button', { name: 'High contrast' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(container.querySelector('.review--contrast')).not.toBeNull();
  });

  it('goes straight back to an open review when the window reloads, as the core still answers only it', async () => {
    const app = await sharingApp();
    const share = app.addShare();
    expect(
      await app.core.invoke('review.start', { shareId: share.id, language: 'en' }),
    ).toMatchObject({ ok: true });
    // A reload starts the renderer afresh at the caseload while the vault stays open.
    app.unmount();
    window.location.hash = '';
    render(<AppRoot queryClient={createQueryClient()} />);
    expect(
      await screen.findByRole('heading', { level: 1, name: "Let's read this together, Sam" }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
    expect(document.body.textContent).not.toContain(OTHER_NAME);
  });

  it('ends with a lock, as the core does, and the share can be reviewed again after unlocking', async () => {
    const { user, core, share } = await inReview();
    await user.keyboard('{Control>}l{/Control}');
    await screen.findByRole('heading', { level: 1, name: 'Unlock Alongside' });
    expect(document.body.textContent).not.toContain('Sam is looking for housing support.');
    expect(core.sharing.reviewShareId).toBeNull();
    await user.type(screen.getByLabelText('Passphrase'), GOOD_PASSPHRASE);
    await user.keyboard('{Enter}');
    // The address still says review, but the core's review is over: nothing of it is shown.
    await screen.findByRole('heading', { level: 1, name: 'No review now' });
    expect(document.body.textContent).not.toContain('Sam is looking for housing support.');
    expect(
      screen.getByText('The review has ended. Nothing from it is shown here.'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Go to People' }));
    await user.click(await screen.findByRole('link', { name: /Sam/ }));
    await user.click(await screen.findByRole('link', { name: 'For the care team' }));
    await user.click(await screen.findByRole('link', { name: /For Dr Amira Haddad/ }));
    expect(await screen.findByText('Being reviewed', { selector: '.tag' })).toBeInTheDocument();
    expect(share.personId).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Review with Sam' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: "Let's read this together, Sam" }),
    ).toBeInTheDocument();
  });
});
