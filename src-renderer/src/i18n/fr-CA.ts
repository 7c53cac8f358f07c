import type { Catalog } from './en';

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
};
