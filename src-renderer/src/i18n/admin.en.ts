/** Messages for agency policy, backup, restore and verify. Plain words, person-first. */
export const adminEn = {
  'policy.title': 'Set by your agency',
  'policy.intro':
    'Your agency has chosen these settings for everyone who uses Alongside. You can make some of them stricter, but not looser.',
  'policy.warning.title': "Your agency's settings file could not be used",
  'policy.warning.policy_invalid':
    "The settings file from your agency has a mistake in it, so Alongside is using its strictest settings for now. Please let your agency's IT team know.",
  'policy.warning.policy_unreadable':
    "Alongside could not read the settings file from your agency, so it is using its strictest settings for now. Please let your agency's IT team know.",
  'policy.idleLockMaxMinutes':
    'Alongside locks itself after at most {minutes} minutes without activity.',
  'policy.minPassphraseScore':
    'A new passphrase must reach a strength of at least {number} out of 4.',
  'policy.kdfFloor': 'Passphrases and recovery codes are protected with extra-strong settings.',
  'policy.consentDefaultDays':
    'Permission to share lasts {count} days unless a shorter time is chosen.',
  'policy.consentMaxDays': 'Permission to share lasts {count} days at most.',
  'policy.releaseFormats': 'Shares can be saved as: {what}.',
  'policy.releaseFormats.none': 'Shares cannot be saved to a file.',
  'policy.format.pdf': 'PDF',
  'policy.format.fhir_json': 'FHIR JSON (for health record systems)',
  'policy.funderReport.on': 'The funder report, which holds counts only, is available.',
  'policy.funderReport.off': 'The funder report is turned off.',

  'settings.idle.agencyMax':
    'Set by your agency: at most {minutes} minutes. You can choose a shorter time.',
  'settings.idle.overAgencyMax':
    'That is longer than your agency allows. Please choose a shorter time.',

  'backup.title': 'Backup',
  'backup.intro':
    'A backup is an encrypted copy of your vault. Only your passphrase or your recovery code opens it. Keep it somewhere safe, such as a USB drive from your agency.',
  'backup.submit': 'Make a backup',
  'backup.done':
    'Your backup is saved and checked, in the folder “{name}”. It holds {first} people and {second} notes.',
  'backup.cancelled': 'No folder was chosen, so no backup was made.',

  'verify.title': 'Check my vault',
  'verify.intro':
    'Makes sure your vault can be read, is not damaged, and that its history of changes is complete.',
  'verify.submit': 'Check now',
  'verify.allGood':
    'Everything checked out. Your vault is not damaged and its history of {count} changes is complete.',
  'verify.cipherFailed':
    "Part of your vault could not be read and may be damaged. Please make a note of this and contact your agency's IT team before making changes.",
  'verify.integrityFailed':
    "Your vault's structure has a problem. Please contact your agency's IT team before making changes.",
  'verify.auditBroken':
    "The history of changes is not complete: it breaks at entry {number}. Please contact your agency's IT team.",
  'verify.auditUnreadable':
    "The history of changes could not be read in full. Please contact your agency's IT team.",

  'restore.open': 'Restore from a backup',
  'restore.title': 'Restore from a backup',
  'restore.intro':
    'Bring your vault back from a backup folder, for example on a new computer. You will choose the folder in the next step.',
  'restore.method': 'How will you open the backup?',
  'restore.method.passphrase': 'With the passphrase I had when the backup was made',
  'restore.method.recoveryCode': 'With my recovery code',
  'restore.passphrase': 'Passphrase',
  'restore.code': 'Recovery code',
  'restore.newPassphrase': 'New passphrase',
  'restore.confirm': 'Confirm new passphrase',
  'restore.replace.title': 'This computer already has a vault',
  'restore.replace.body':
    'Restoring will replace it. The vault that is here now will be kept aside, in the same data folder, as a safety copy. It is not deleted.',
  'restore.replace.label': 'To replace it, type {label}',
  'restore.replace.required': 'Please type the word exactly as shown.',
  'restore.submit': 'Choose the backup folder',
  'restore.back': 'Back',
  'restore.cancelled': 'No folder was chosen, so nothing was restored.',
} as const satisfies Record<string, string>;
