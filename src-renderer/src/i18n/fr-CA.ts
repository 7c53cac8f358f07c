import type { Catalog } from './en';
import { adminFrCA } from './admin.fr-CA';
import { rightsFrCA } from './rights.fr-CA';
import { sharingFrCA } from './sharing.fr-CA';

/**
 * Canadian French. Typed as the full catalog so a missing or extra key fails the type check;
 * a test checks the same at run time. \u00a0 is the non-breaking space French typography wants.
 */
export const frCA: Catalog = {
  'app.name': 'Alongside',
  'app.pageTitle': '{page} – Alongside',
  'app.loading': 'Ouverture d’Alongside…',
  'app.working': 'Un instant…',
  'app.startError.title': 'Alongside n’a pas pu s’ouvrir',
  'app.startError.retry': 'Réessayer',

  'language.label': 'Langue',
  'language.en': 'English',
  'language.frCA': 'Français (Canada)',

  'field.show': 'Afficher',
  'field.showLabel': 'Afficher\u00a0: {label}',

  'strength.label': 'Solidité de la phrase de passe',
  'strength.none': 'Rien d’écrit pour l’instant',
  'strength.weak': 'Trop facile à deviner',
  'strength.fair': 'Pourrait être plus solide',
  'strength.strong': 'Solide',
  'strength.acceptable': 'Assez solide pour être utilisée.',
  'strength.warning.straightRow': 'Les touches alignées sur le clavier sont faciles à deviner.',
  'strength.warning.keyPattern': 'Les petits motifs de clavier sont faciles à deviner.',
  'strength.warning.simpleRepeat':
    'Les caractères répétés comme «\u00a0aaa\u00a0» sont faciles à deviner.',
  'strength.warning.extendedRepeat':
    'Les motifs répétés comme «\u00a0abcabcabc\u00a0» sont faciles à deviner.',
  'strength.warning.sequences':
    'Les suites courantes comme «\u00a0abc\u00a0» ou «\u00a0123\u00a0» sont faciles à deviner.',
  'strength.warning.recentYears': 'Les années récentes sont faciles à deviner.',
  'strength.warning.dates': 'Les dates sont faciles à deviner.',
  'strength.warning.topTen': 'C’est l’une des phrases de passe les plus utilisées qui soient.',
  'strength.warning.topHundred': 'C’est l’une des phrases de passe les plus utilisées.',
  'strength.warning.common': 'C’est une phrase de passe très répandue.',
  'strength.warning.similarToCommon':
    'Elle ressemble beaucoup à une phrase de passe très répandue.',
  'strength.warning.wordByItself': 'Un mot seul est facile à deviner.',
  'strength.warning.namesByThemselves': 'Les noms seuls sont faciles à deviner.',
  'strength.warning.commonNames':
    'Les prénoms et les noms de famille courants sont faciles à deviner.',
  'strength.warning.userInputs':
    'Évitez les renseignements personnels et tout ce qui touche à cette application.',
  'strength.warning.pwned': 'Cette phrase de passe est apparue dans une fuite de données ailleurs.',
  'strength.warning.fallback': 'Cette phrase de passe est facile à deviner.',
  'strength.suggestion.l33t':
    'Remplacer des lettres par des symboles semblables, comme «\u00a0@\u00a0» pour «\u00a0a\u00a0», aide peu.',
  'strength.suggestion.reverseWords': 'Écrire des mots à l’envers aide peu.',
  'strength.suggestion.allUppercase': 'Mettez quelques lettres en majuscules, mais pas toutes.',
  'strength.suggestion.capitalization': 'Mettez en majuscule d’autres lettres que la première.',
  'strength.suggestion.dates': 'Évitez les dates et les années qui ont un sens pour vous.',
  'strength.suggestion.recentYears': 'Évitez les années récentes.',
  'strength.suggestion.associatedYears':
    'Évitez les années liées à vous, comme une année de naissance.',
  'strength.suggestion.sequences':
    'Évitez les suites comme «\u00a0abc\u00a0» ou «\u00a0123\u00a0».',
  'strength.suggestion.repeated': 'Évitez de répéter des mots ou des caractères.',
  'strength.suggestion.longerKeyboardPattern':
    'Si vous utilisez un motif de clavier, allongez-le et changez de direction quelques fois.',
  'strength.suggestion.anotherWord':
    'Ajoutez un mot ou deux. Les mots inhabituels fonctionnent le mieux.',
  'strength.suggestion.useWords':
    'Quelques mots sans lien entre eux font une phrase de passe solide.',
  'strength.suggestion.noNeed':
    'Une phrase de passe solide n’a besoin ni de symboles, ni de chiffres, ni de majuscules.',
  'strength.suggestion.pwned':
    'Si vous utilisez cette phrase de passe ailleurs, changez-la là aussi.',
  'strength.suggestion.fallback': 'Essayez d’ajouter quelques mots sans lien entre eux.',

  'form.passphraseRequired': 'Veuillez écrire une phrase de passe.',
  'form.confirmRequired': 'Veuillez écrire la phrase de passe une deuxième fois.',
  'form.passphraseMismatch': 'Les deux phrases de passe ne sont pas identiques.',

  'create.title': 'Bienvenue dans Alongside',
  'create.intro.what':
    'Alongside garde les notes que vous écrivez avec les personnes que vous accompagnez, dans leurs mots et les vôtres.',
  'create.intro.private':
    'Tout reste sur cet ordinateur, dans un coffre-fort chiffré que seule votre phrase de passe peut ouvrir.',
  'create.formTitle': 'Choisissez une phrase de passe',
  'create.passphrase': 'Phrase de passe',
  'create.passphraseHelp':
    'Quelques mots sans lien entre eux font une phrase de passe solide. Vous l’écrirez chaque fois que vous ouvrirez Alongside.',
  'create.confirm': 'Confirmer la phrase de passe',
  'create.submit': 'Créer mon coffre-fort',

  'recovery.title': 'Votre code de récupération',
  'recovery.what':
    'Si vous oubliez un jour votre phrase de passe, ce code est le seul autre moyen d’ouvrir votre coffre-fort.',
  'recovery.once':
    'Il n’est affiché qu’une seule fois. Alongside ne pourra pas vous le montrer de nouveau.',
  'recovery.paper':
    'Écrivez-le sur papier et gardez-le en lieu sûr, loin de cet ordinateur. L’équipe informatique de votre organisme pourrait vous le demander.',
  'recovery.codeLabel': 'Code de récupération, en six groupes',
  'recovery.written': 'Je l’ai écrit sur papier',
  'recovery.continue': 'Continuer',
  'recovery.checkTitle': 'Vérifiez votre code de récupération',
  'recovery.checkIntro':
    'Pour vous assurer qu’il a été bien copié, écrivez le groupe {first} et le groupe {second} inscrits sur votre papier. Les espaces et les tirets n’ont pas d’importance.',
  'recovery.group': 'Groupe {number}',
  'recovery.check': 'Vérifier',
  'recovery.groupRequired': 'Veuillez écrire ce groupe tel qu’il est sur votre papier.',
  'recovery.groupMismatch':
    'Ce n’est pas ce qui figure dans le code. Vérifiez votre papier et réessayez.',
  'recovery.showAgain': 'Afficher le code de nouveau',

  'unlock.title': 'Déverrouiller Alongside',
  'unlock.intro': 'Écrivez votre phrase de passe pour ouvrir votre coffre-fort.',
  'unlock.passphrase': 'Phrase de passe',
  'unlock.submit': 'Déverrouiller',
  'unlock.wait': 'Veuillez attendre {time} avant de réessayer.',
  'unlock.forgot': 'Phrase de passe oubliée? Utilisez votre code de récupération',
  'lockReason.idle': 'Verrouillé parce que l’ordinateur était inactif.',
  'lockReason.suspend': 'Verrouillé parce que l’ordinateur s’est mis en veille.',
  'lockReason.screen_lock': 'Verrouillé parce que l’écran a été verrouillé.',

  'recover.title': 'Utiliser votre code de récupération',
  'recover.intro':
    'Écrivez le code de récupération que vous avez noté, puis choisissez une nouvelle phrase de passe.',
  'recover.code': 'Code de récupération',
  'recover.codeHelp':
    'Six groupes de quatre lettres et chiffres. Les espaces et les tirets sont acceptés.',
  'recover.codeRequired': 'Veuillez écrire votre code de récupération.',
  'recover.codeFormat':
    'Un code de récupération compte 24 lettres et chiffres, en six groupes de quatre.',
  'recover.newPassphrase': 'Nouvelle phrase de passe',
  'recover.confirm': 'Confirmer la nouvelle phrase de passe',
  'recover.submit': 'Déverrouiller avec le code de récupération',
  'recover.back': 'Retour au déverrouillage',

  'shell.navLabel': 'Navigation principale',
  'shell.people': 'Personnes',
  'shell.settings': 'Paramètres',
  'shell.lock': 'Verrouiller',

  'people.title': 'Personnes',
  'people.empty': 'Personne pour l’instant. Les personnes que vous accompagnez apparaîtront ici.',
  'people.recoveryBanner.title': 'Votre code de récupération n’est pas encore confirmé',
  'people.recoveryBanner.body':
    'Si vous oubliez votre phrase de passe, un code de récupération est le seul moyen de revenir. En faire un nouveau prend une minute.',
  'people.recoveryBanner.action': 'Faire un nouveau code de récupération',

  'common.cancel': 'Annuler',
  'form.tooLong':
    'C’est plus long que ce qu’Alongside peut garder dans un champ. Veuillez raccourcir.',

  'shell.reflections': 'Réflexions',

  'autosave.saving': 'Enregistrement…',
  'autosave.savedAt': 'Enregistré à {time}',
  'autosave.retrying': 'Non enregistré — nouvel essai bientôt',
  'autosave.failed': 'Non enregistré',
  'autosave.kept': 'Votre texte est toujours là. Rien de ce que vous avez écrit n’est perdu.',
  'autosave.retry': 'Réessayer d’enregistrer',

  'people.add': 'Ajouter une personne',
  'people.filter': 'Trouver une personne',
  'people.showArchived': 'Afficher les dossiers archivés',
  'people.listLabel': 'Personnes que vous accompagnez, les plus récentes d’abord',
  'people.lastActivity': 'Dernière activité\u00a0: {date}',
  'people.loadingMore': 'Chargement d’autres personnes…',
  'people.noMatch': 'Personne ne correspond à ce nom.',
  'people.filterCount':
    '{count, plural, =0 {Personne ne correspond} one {# personne correspond} other {# personnes correspondent}}',
  'people.emptyArchived': 'Personne ici pour l’instant, archivée ou non.',

  'person.new.title': 'Ajouter une personne',
  'person.new.intro':
    'Commencez par le nom qu’elle aime qu’on utilise. Le reste peut attendre, et vous pouvez l’écrire ensemble.',
  'person.new.submit': 'Ajouter cette personne',
  'person.field.preferredName': 'Nom préféré',
  'person.field.preferredNameHelp': 'Le nom qu’elle aime qu’on utilise.',
  'person.field.pronouns': 'Pronoms',
  'person.field.contactPreference': 'Comment elle aime être jointe',
  'person.field.about': 'Quelques mots sur elle-même, dans ses propres mots',
  'person.field.aboutHelp': 'Écrivez ce qu’elle dit, comme elle le dit.',
  'person.field.strengths': 'Forces',
  'person.form.nameRequired': 'Veuillez écrire le nom qu’elle aime qu’on utilise.',
  'person.unavailable': 'Ce dossier n’a pas pu être ouvert',
  'person.backToPeople': '← Toutes les personnes',
  'person.sections': 'Sections du dossier de {name}',
  'person.tab.about': 'À propos',
  'person.tab.goals': 'Objectifs',
  'person.tab.notes': 'Notes',
  'person.search': 'Rechercher dans le dossier de {name}',
  'person.about.title': 'À propos de {name}',
  'person.about.notYet': 'Pas encore écrit',
  'person.edit.open': 'Modifier',
  'person.edit.submit': 'Enregistrer les changements',
  'person.edit.saved': 'Changements pour {name} enregistrés.',
  'person.archived.tag': 'Archivé',
  'person.archived.title': 'Archivé',
  'person.archived.body':
    'Le dossier de {name} est archivé. Rien n’a été supprimé, et vous pouvez le ramener en tout temps.',
  'person.archive.open': 'Archiver',
  'person.archive.title': 'Archiver le dossier de {name}\u00a0?',
  'person.archive.body':
    'L’archivage retire {name} de la liste des personnes. Rien n’est supprimé\u00a0: les notes, les objectifs et l’historique restent tels quels, et vous pouvez ramener le dossier en tout temps.',
  'person.archive.confirm': 'Archiver',
  'person.archive.done': 'Le dossier de {name} est archivé.',
  'person.unarchive.open': 'Ramener',
  'person.unarchive.title': 'Ramener le dossier de {name}\u00a0?',
  'person.unarchive.body': '{name} apparaîtra de nouveau dans la liste des personnes.',
  'person.unarchive.confirm': 'Ramener',
  'person.unarchive.done': 'Le dossier de {name} est de retour dans la liste.',

  'goals.title': 'Objectifs',
  'goals.intro':
    'Les objectifs de {name}, dans ses mots. C’est elle ou lui qui décide de ce qui compte.',
  'goals.add': 'Ajouter un objectif',
  'goals.newLabel': 'Nouvel objectif',
  'goals.addSubmit': 'Ajouter cet objectif',
  'goals.added': 'Objectif ajouté.',
  'goals.empty': 'Pas encore d’objectif. Quand {name} sera prêt ou prête, écrivez-en un ensemble.',
  'goals.stepAdded': 'Étape ajoutée.',
  'goals.stepRemoved': 'Étape retirée.',
  'goals.celebrate.step': 'Étape franchie — beau travail d’équipe.',
  'goals.celebrate.reached': 'Objectif atteint — de quoi célébrer ensemble.',
  'goal.field.inTheirWords': 'L’objectif, dans ses mots',
  'goal.field.inTheirWordsHelp': 'Écrivez-le comme la personne le dit.',
  'goal.field.whyItMatters': 'Pourquoi c’est important pour elle',
  'goal.field.status': 'Statut',
  'goal.form.required': 'Veuillez écrire l’objectif dans ses mots.',
  'goal.status.exploring': 'En exploration',
  'goal.status.working_on_it': 'En cours',
  'goal.status.reached': 'Atteint',
  'goal.status.set_aside': 'Mis de côté',
  'goal.edit.open': 'Modifier l’objectif',
  'goal.edit.title': 'Modifier l’objectif',
  'goal.edit.submit': 'Enregistrer l’objectif',
  'goal.edit.saved': 'Objectif enregistré.',
  'goal.steps.title': 'Petites étapes',
  'goal.steps.progress': '({done} sur {count} franchies)',
  'goal.steps.none': 'Pas encore d’étape.',
  'goal.steps.new': 'Nouvelle étape',
  'goal.steps.add': 'Ajouter l’étape',
  'goal.steps.remove': 'Retirer',
  'goal.steps.removeLabel': 'Retirer l’étape\u00a0: {step}',

  'notes.title': 'Nos notes',
  'notes.ownership': 'Ces notes appartiennent à {name}. Elles restent sur cet ordinateur.',
  'notes.new': 'Nouvelle note',
  'notes.empty': 'Pas encore de note. Commencez-en une ensemble lors de votre rencontre.',
  'notes.listLabel': 'Notes avec {name}, les plus récentes d’abord',
  'notes.item': 'Note du {date}',
  'notes.loadingMore': 'Chargement d’autres notes…',

  'note.editor.title': 'Note du {date}',
  'note.editor.back': 'Retour à nos notes',
  'note.field.when': 'Quand',
  'note.field.contactType': 'Type de contact',
  'note.field.duration': 'Durée (minutes)',
  'note.field.setting': 'Lieu',
  'note.field.settingHelp':
    'Où vous vous êtes vus, par exemple un café, chez la personne ou une marche.',
  'note.field.talkedAbout': 'Ce dont nous avons parlé',
  'note.field.inTheirWords': 'Dans ses propres mots',
  'note.field.inTheirWordsHelp': 'Ce que la personne a dit, comme elle l’a dit.',
  'note.field.strengthsNoticed': 'Forces remarquées',
  'note.field.resources': 'Ressources communautaires',
  'note.field.goals': 'Objectifs abordés',
  'note.field.nextSteps': 'Prochaines étapes',
  'note.goals.help': 'Les objectifs de la personne dont vous avez parlé.',
  'note.goals.none': 'Pas encore d’objectif écrit.',
  'note.contact.in_person': 'Individuel, en personne',
  'note.contact.phone': 'Téléphone',
  'note.contact.video': 'Vidéo',
  'note.contact.group': 'Groupe',
  'note.contact.outreach': 'Travail de proximité',
  'note.minutes': '{minutes, plural, one {# minute} other {# minutes}}',
  'note.nextSteps.none': 'Pas encore de prochaine étape.',
  'note.nextSteps.what': 'Prochaine étape {number}\u00a0: quoi',
  'note.nextSteps.who': 'Prochaine étape {number}\u00a0: qui s’en charge',
  'note.nextSteps.remove': 'Retirer la prochaine étape {number}',
  'note.nextSteps.add': 'Ajouter une prochaine étape',
  'note.problem.happenedAt':
    'Veuillez choisir la date et l’heure de la rencontre. Le reste s’enregistre de nouveau dès qu’elles sont indiquées.',
  'note.problem.duration': 'Veuillez écrire la durée en nombre entier de minutes, de 0 à 1440.',
  'note.versions.title': 'Versions précédentes',
  'note.versions.intro':
    'Chaque changement est gardé. Ouvrez une version précédente pour la lire ou la rétablir.',
  'note.versions.current': 'Version {version}, enregistrée le {date} (cette version)',
  'note.versions.item': 'Version {version}, enregistrée le {date}',
  'note.versions.restoredFrom': '(rétablie à partir de la version {version})',
  'note.version.title': 'Version {version} de cette note',
  'note.version.savedAt': 'Enregistrée le {date}.',
  'note.version.readOnly':
    'Ceci est une version précédente, telle qu’elle était. Elle ne peut pas être modifiée ici.',
  'note.version.empty': 'Rien d’écrit',
  'note.version.step': '{what} — {who}',
  'note.version.restore': 'Rétablir cette version',
  'note.version.confirmTitle': 'Rétablir la version {version}\u00a0?',
  'note.version.confirmBody':
    'La note affichera de nouveau cette version. Le texte actuel n’est pas perdu\u00a0: il reste dans les versions précédentes.',
  'note.version.confirm': 'Rétablir',
  'note.version.back': 'Retour à la note',

  'wording.title': 'Des mots à considérer',
  'wording.suggestion': '«\u00a0{found}\u00a0» — vous pourriez dire «\u00a0{suggestion}\u00a0».',
  'wording.why': 'Pourquoi\u00a0: {why}',
  'wording.dismiss': 'Ignorer',
  'wording.dismissLabel': 'Ignorer la suggestion sur «\u00a0{found}\u00a0»',

  'reflections.title': 'Réflexions',
  'reflections.intro':
    'Votre journal personnel, pour la supervision et pour vous-même. Il ne porte sur aucune personne en particulier et n’est jamais partagé.',
  'reflections.new': 'Nouvelle réflexion',
  'reflections.empty': 'Pas encore de réflexion.',
  'reflections.listLabel': 'Vos réflexions, les plus récentes d’abord',
  'reflections.untitled': 'Réflexion sans titre',
  'reflections.updated': 'Dernier changement\u00a0: {date}',
  'reflections.loadingMore': 'Chargement d’autres réflexions…',
  'reflection.title': 'Réflexion',
  'reflection.private': 'Vous seul pouvez la lire. Elle ne fait jamais partie d’un partage.',
  'reflection.back': '← Toutes les réflexions',
  'reflection.field.title': 'Titre',
  'reflection.field.body': 'Votre réflexion',
  'reflection.field.bodyHelp':
    'Ce qui vous habite, quel chapeau vous portiez, ce que vous voulez apporter en supervision.',
  'reflection.delete.open': 'Supprimer la réflexion',
  'reflection.delete.title': 'Supprimer cette réflexion\u00a0?',
  'reflection.delete.body': 'Elle disparaîtra pour de bon. C’est irréversible.',
  'reflection.delete.confirm': 'Supprimer',

  'search.open': 'Rechercher',
  'search.title': 'Rechercher',
  'search.label': 'Rechercher des personnes, des objectifs, des notes et des réflexions',
  'search.help':
    'Utilisez les flèches haut et bas pour choisir un résultat, puis Entrée pour l’ouvrir.',
  'search.results': 'Résultats',
  'search.none': 'Aucun résultat.',
  'search.count': '{count, plural, one {# résultat} other {# résultats}}',
  'search.kind.person': 'Personne',
  'search.kind.goal': 'Objectif',
  'search.kind.note': 'Note',
  'search.kind.reflection': 'Réflexion',

  'notFound.title': 'Page introuvable',
  'notFound.body': 'Il n’y a rien à cette adresse.',
  'notFound.back': 'Aller aux personnes',

  'settings.title': 'Paramètres',
  'settings.language.title': 'Langue',
  'settings.idle.title': 'Verrouillage',
  'settings.idle.label': 'Délai de verrouillage (minutes)',
  'settings.idle.help': 'Alongside se verrouille après ce nombre de minutes sans activité.',
  'settings.idle.invalid': 'Veuillez entrer un nombre entier de 1 à 60.',
  'settings.idle.save': 'Enregistrer le délai',
  'settings.idle.saved':
    'Enregistré. Alongside se verrouillera après {minutes, plural, one {# minute} other {# minutes}} sans activité.',
  'settings.change.title': 'Changer la phrase de passe',
  'settings.change.current': 'Phrase de passe actuelle',
  'settings.change.new': 'Nouvelle phrase de passe',
  'settings.change.confirm': 'Confirmer la nouvelle phrase de passe',
  'settings.change.submit': 'Changer la phrase de passe',
  'settings.change.done':
    'Votre phrase de passe a été changée. Utilisez la nouvelle la prochaine fois que vous déverrouillerez.',
  'settings.recovery.title': 'Code de récupération',
  'settings.recovery.intro':
    'Faites un nouveau code de récupération si vous avez perdu l’ancien ou ne l’avez jamais noté. L’ancien code cesse de fonctionner dès que le nouveau est créé.',
  'settings.recovery.passphrase': 'Phrase de passe',
  'settings.recovery.passphraseHelp':
    'Écrivez votre phrase de passe pour confirmer que c’est bien vous.',
  'settings.recovery.submit': 'Faire un nouveau code de récupération',
  'settings.recovery.done':
    'Votre nouveau code de récupération est prêt. L’ancien ne fonctionne plus.',

  'errors.INVALID_INPUT':
    'Quelque chose ne va pas dans le formulaire. Veuillez le vérifier et réessayer.',
  'errors.LOCKED': 'Alongside est verrouillé. Veuillez d’abord le déverrouiller.',
  'errors.NO_VAULT': 'Il n’y a pas encore de coffre-fort sur cet ordinateur.',
  'errors.VAULT_EXISTS': 'Il y a déjà un coffre-fort sur cet ordinateur.',
  'errors.WRONG_PASSPHRASE': 'Cette phrase de passe ne correspond pas. Veuillez réessayer.',
  'errors.WRONG_RECOVERY_CODE':
    'Ce code de récupération ne correspond pas. Veuillez le vérifier et réessayer.',
  'errors.WEAK_PASSPHRASE':
    'Cette phrase de passe est trop facile à deviner. Essayez d’ajouter quelques mots sans lien entre eux.',
  'errors.RATE_LIMITED':
    'Il y a eu plusieurs essais de suite, alors Alongside fait une pause par sécurité.',
  'errors.NOT_FOUND': 'Nous n’avons pas trouvé cet élément. Il a peut-être été retiré.',
  'errors.DATABASE_NEWER':
    'Ce coffre-fort a été créé par une version plus récente d’Alongside. Veuillez demander à votre équipe informatique de mettre l’application à jour.',
  'errors.DATABASE_DAMAGED':
    'Le coffre-fort sur cet ordinateur semble endommagé. Veuillez communiquer avec votre équipe informatique avant d’essayer quoi que ce soit.',
  'errors.INTERNAL':
    'Un problème est survenu de notre côté. Veuillez réessayer. Si cela se reproduit, communiquez avec votre équipe informatique.',
  'errors.CONSENT_REQUIRED':
    'Ce partage n’a pas encore de consentement. Relisez-le d’abord avec la personne.',
  'errors.CONSENT_DECLINED': 'La personne a dit non à ce partage, il reste donc privé.',
  'errors.CONSENT_EXPIRED':
    'Le consentement de la personne pour ce partage a pris fin. Relisez-le ensemble de nouveau pour le partager.',
  'errors.CONSENT_WITHDRAWN':
    'La personne a retiré son consentement pour ce partage; il ne peut pas être envoyé.',
  'errors.CONSENT_USED':
    'Ce consentement valait pour un seul envoi, déjà fait. Relisez-le ensemble de nouveau pour l’envoyer une autre fois.',
  'errors.CONSENT_MISMATCH':
    'Ce n’est pas exactement ce que la personne a accepté (le texte, le destinataire ou le format a changé). Relisez-le ensemble de nouveau.',
  'errors.IN_REVIEW':
    'La relecture avec la personne est encore ouverte. Terminez-la d’abord avec votre phrase de passe.',
  'errors.WRONG_STATE': 'Ce n’est pas possible avec ce partage pour le moment.',
  'errors.CONFIRMATION_MISMATCH':
    'Ce qui a été tapé ne correspond pas. Veuillez vérifier et réessayer.',
  'errors.NOT_ALLOWED_BY_POLICY': 'Les paramètres de votre organisme ne le permettent pas.',
  'errors.BACKUP_DAMAGED':
    'Cette sauvegarde n’a pas pu être ouverte ni vérifiée. Elle est peut-être endommagée.',
  ...sharingFrCA,
  ...rightsFrCA,
  ...adminFrCA,
};
