import type { adminEn } from './admin.en';

export const adminFrCA: Record<keyof typeof adminEn, string> = {
  'policy.title': 'Réglé par votre organisme',
  'policy.intro':
    'Votre organisme a choisi ces paramètres pour toutes les personnes qui utilisent Alongside. Vous pouvez en rendre certains plus stricts, mais pas moins.',
  'policy.warning.title': 'Le fichier de paramètres de votre organisme n’a pas pu être utilisé',
  'policy.warning.policy_invalid':
    'Le fichier de paramètres de votre organisme contient une erreur. Alongside utilise donc ses paramètres les plus stricts pour l’instant. Veuillez en informer l’équipe informatique de votre organisme.',
  'policy.warning.policy_unreadable':
    'Alongside n’a pas pu lire le fichier de paramètres de votre organisme. Il utilise donc ses paramètres les plus stricts pour l’instant. Veuillez en informer l’équipe informatique de votre organisme.',
  'policy.idleLockMaxMinutes':
    'Alongside se verrouille après au plus {minutes} minutes sans activité.',
  'policy.minPassphraseScore':
    'Une nouvelle phrase de passe doit atteindre une solidité d’au moins {number} sur 4.',
  'policy.kdfFloor':
    'Les phrases de passe et les codes de récupération sont protégés par des réglages renforcés.',
  'policy.consentDefaultDays':
    'La permission de partager dure {count} jours, à moins qu’une durée plus courte soit choisie.',
  'policy.consentMaxDays': 'La permission de partager dure au plus {count} jours.',
  'policy.releaseFormats': 'Les partages peuvent être enregistrés en : {what}.',
  'policy.releaseFormats.none': 'Les partages ne peuvent pas être enregistrés dans un fichier.',
  'policy.format.pdf': 'PDF',
  'policy.format.fhir_json': 'FHIR JSON (pour les systèmes de dossiers de santé)',
  'policy.funderReport.on':
    'Le rapport au bailleur de fonds, qui ne contient que des nombres, est disponible.',
  'policy.funderReport.off': 'Le rapport au bailleur de fonds est désactivé.',

  'settings.idle.agencyMax':
    'Réglé par votre organisme : au plus {minutes} minutes. Vous pouvez choisir une durée plus courte.',
  'settings.idle.overAgencyMax':
    'C’est plus long que ce que votre organisme permet. Veuillez choisir une durée plus courte.',

  'backup.title': 'Copie de sauvegarde',
  'backup.intro':
    'Une copie de sauvegarde est une copie chiffrée de votre coffre-fort. Seuls votre phrase de passe ou votre code de récupération peuvent l’ouvrir. Gardez-la en lieu sûr, par exemple sur une clé USB fournie par votre organisme.',
  'backup.submit': 'Faire une copie de sauvegarde',
  'backup.done':
    'Votre copie de sauvegarde est enregistrée et vérifiée, dans le dossier « {name} ». Elle contient {first} personnes et {second} notes.',
  'backup.cancelled': 'Aucun dossier n’a été choisi : aucune copie n’a été faite.',

  'verify.title': 'Vérifier mon coffre-fort',
  'verify.intro':
    'S’assure que votre coffre-fort peut être lu, qu’il n’est pas endommagé et que son historique des changements est complet.',
  'verify.submit': 'Vérifier maintenant',
  'verify.allGood':
    'Tout est en ordre. Votre coffre-fort n’est pas endommagé et son historique de {count} changements est complet.',
  'verify.cipherFailed':
    'Une partie de votre coffre-fort n’a pas pu être lue et est peut-être endommagée. Notez-le et communiquez avec l’équipe informatique de votre organisme avant de faire des changements.',
  'verify.integrityFailed':
    'La structure de votre coffre-fort présente un problème. Communiquez avec l’équipe informatique de votre organisme avant de faire des changements.',
  'verify.auditBroken':
    'L’historique des changements n’est pas complet : il est rompu à l’entrée {number}. Communiquez avec l’équipe informatique de votre organisme.',
  'verify.auditUnreadable':
    'L’historique des changements n’a pas pu être lu en entier. Communiquez avec l’équipe informatique de votre organisme.',

  'restore.open': 'Restaurer une copie de sauvegarde',
  'restore.title': 'Restaurer une copie de sauvegarde',
  'restore.intro':
    'Retrouvez votre coffre-fort à partir d’un dossier de sauvegarde, par exemple sur un nouvel ordinateur. Vous choisirez le dossier à l’étape suivante.',
  'restore.method': 'Comment allez-vous ouvrir la copie de sauvegarde?',
  'restore.method.passphrase': 'Avec la phrase de passe que j’avais quand la copie a été faite',
  'restore.method.recoveryCode': 'Avec mon code de récupération',
  'restore.passphrase': 'Phrase de passe',
  'restore.code': 'Code de récupération',
  'restore.newPassphrase': 'Nouvelle phrase de passe',
  'restore.confirm': 'Confirmer la nouvelle phrase de passe',
  'restore.replace.title': 'Cet ordinateur a déjà un coffre-fort',
  'restore.replace.body':
    'La restauration va le remplacer. Le coffre-fort qui est ici maintenant sera mis de côté, dans le même dossier de données, comme copie de sécurité. Il n’est pas supprimé.',
  'restore.replace.label': 'Pour le remplacer, tapez {label}',
  'restore.replace.required': 'Veuillez taper le mot exactement comme il est affiché.',
  'restore.submit': 'Choisir le dossier de sauvegarde',
  'restore.back': 'Retour',
  'restore.cancelled': 'Aucun dossier n’a été choisi : rien n’a été restauré.',
};
