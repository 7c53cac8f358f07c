import type { ContactType, GoalStatus, Language } from '../../contract';

/**
 * The words of the person's own copy, in their language. Plain and person-first: it is their
 * record, written to them ("you"), not about them.
 */
export interface OwnCopyWords {
  title: (name: string) => string;
  intro: string;
  aboutYou: string;
  pronouns: string;
  contactPreference: string;
  about: string;
  strengths: string;
  goals: string;
  noGoals: string;
  goal: string;
  whyItMatters: string;
  status: string;
  reachedOn: string;
  steps: string;
  stepDone: string;
  stepToDo: string;
  notes: (count: number) => string;
  noNotes: string;
  noteHeading: (date: string, type: string) => string;
  duration: string;
  minutes: (n: number) => string;
  setting: string;
  talkedAbout: string;
  inYourWords: string;
  you: string;
  strengthsNoticed: string;
  resources: string;
  goalsTouched: string;
  nextSteps: string;
  footer: string;
  notYet: string;
  contactTypes: Record<ContactType, string>;
  statuses: Record<GoalStatus, string>;
}

const en: OwnCopyWords = {
  title: (name) => `${name}: your own copy of your notes`,
  intro:
    'This is a copy of everything written with you in Alongside. It belongs to you. Oldest notes come first.',
  aboutYou: 'About you',
  pronouns: 'Pronouns',
  contactPreference: 'How you like to be contacted',
  about: 'About you, in your words',
  strengths: 'Your strengths',
  goals: 'Your goals',
  noGoals: 'No goals written yet.',
  goal: 'Your goal',
  whyItMatters: 'Why it matters to you',
  status: 'Where it is now',
  reachedOn: 'Reached on',
  steps: 'Small steps',
  stepDone: 'done',
  stepToDo: 'still to do',
  notes: (count) => (count === 1 ? 'Your notes (1)' : `Your notes (${count})`),
  noNotes: 'No notes written yet.',
  noteHeading: (date, type) => `${date} · ${type}`,
  duration: 'How long',
  minutes: (n) => (n === 1 ? '1 minute' : `${n} minutes`),
  setting: 'Where',
  talkedAbout: 'What we talked about',
  inYourWords: 'In your words',
  you: 'You',
  strengthsNoticed: 'Strengths noticed',
  resources: 'Community resources',
  goalsTouched: 'Goals this touched',
  nextSteps: 'Next steps (who does what)',
  footer:
    'Made by Alongside at your request. Nothing in this copy was shared with anyone else by making it.',
  notYet: 'Not written yet',
  contactTypes: {
    in_person: 'In person',
    phone: 'Phone',
    video: 'Video',
    group: 'Group',
    outreach: 'Outreach',
  },
  statuses: {
    exploring: 'Exploring',
    working_on_it: 'Working on it',
    reached: 'Reached',
    set_aside: 'Set aside for now',
  },
};

const frCA: OwnCopyWords = {
  title: (name) => `${name} : votre copie de vos notes`,
  intro:
    'Voici une copie de tout ce qui a été écrit avec vous dans Alongside. Elle vous appartient. Les notes les plus anciennes viennent en premier.',
  aboutYou: 'À propos de vous',
  pronouns: 'Pronoms',
  contactPreference: 'Comment vous aimez être joint·e',
  about: 'À propos de vous, dans vos mots',
  strengths: 'Vos forces',
  goals: 'Vos objectifs',
  noGoals: 'Aucun objectif écrit pour l’instant.',
  goal: 'Votre objectif',
  whyItMatters: 'Pourquoi c’est important pour vous',
  status: 'Où vous en êtes',
  reachedOn: 'Atteint le',
  steps: 'Petites étapes',
  stepDone: 'fait',
  stepToDo: 'à faire',
  notes: (count) => `Vos notes (${count})`,
  noNotes: 'Aucune note écrite pour l’instant.',
  noteHeading: (date, type) => `${date} · ${type}`,
  duration: 'Durée',
  minutes: (n) => (n <= 1 ? `${n} minute` : `${n} minutes`),
  setting: 'Où',
  talkedAbout: 'De quoi nous avons parlé',
  inYourWords: 'Dans vos mots',
  you: 'Vous',
  strengthsNoticed: 'Forces remarquées',
  resources: 'Ressources communautaires',
  goalsTouched: 'Objectifs touchés',
  nextSteps: 'Prochaines étapes (qui fait quoi)',
  footer:
    'Faite par Alongside à votre demande. Faire cette copie n’a rien partagé avec qui que ce soit.',
  notYet: 'Pas encore écrit',
  contactTypes: {
    in_person: 'En personne',
    phone: 'Téléphone',
    video: 'Vidéo',
    group: 'Groupe',
    outreach: 'Dans la communauté',
  },
  statuses: {
    exploring: 'En exploration',
    working_on_it: 'En cours',
    reached: 'Atteint',
    set_aside: 'Mis de côté pour l’instant',
  },
};

export const OWN_COPY_WORDS: Record<Language, OwnCopyWords> = { en, 'fr-CA': frCA };
