/**
 * The English catalog is the source of the message keys; every other catalog must hold exactly
 * these keys. Wording follows PRODUCT.md: person-first, plain, never clinical.
 */
export const en = {
  'app.name': 'Alongside',
  'app.pageTitle': '{page} – Alongside',
  'app.loading': 'Opening Alongside…',
  'app.working': 'One moment…',
  'app.startError.title': 'Alongside could not open',
  'app.startError.retry': 'Try again',

  'language.label': 'Language',
  'language.en': 'English',
  'language.frCA': 'Français (Canada)',

  'field.show': 'Show',
  'field.showLabel': 'Show {label}',

  'strength.label': 'Passphrase strength',
  'strength.none': 'Nothing typed yet',
  'strength.weak': 'Too easy to guess',
  'strength.fair': 'Could be stronger',
  'strength.strong': 'Strong',
  'strength.acceptable': 'Strong enough to use.',
  'strength.warning.straightRow': 'Keys in a straight row on the keyboard are easy to guess.',
  'strength.warning.keyPattern': 'Short keyboard patterns are easy to guess.',
  'strength.warning.simpleRepeat': 'Repeated characters like "aaa" are easy to guess.',
  'strength.warning.extendedRepeat': 'Repeated patterns like "abcabcabc" are easy to guess.',
  'strength.warning.sequences': 'Common sequences like "abc" or "123" are easy to guess.',
  'strength.warning.recentYears': 'Recent years are easy to guess.',
  'strength.warning.dates': 'Dates are easy to guess.',
  'strength.warning.topTen': 'This is one of the most used passphrases of all.',
  'strength.warning.topHundred': 'This is one of the most used passphrases.',
  'strength.warning.common': 'This is a commonly used passphrase.',
  'strength.warning.similarToCommon': 'This is very close to a commonly used passphrase.',
  'strength.warning.wordByItself': 'A single word on its own is easy to guess.',
  'strength.warning.namesByThemselves': 'Names on their own are easy to guess.',
  'strength.warning.commonNames': 'Common first names and last names are easy to guess.',
  'strength.warning.userInputs': 'Avoid personal details, or anything to do with this app.',
  'strength.warning.pwned': 'This passphrase has appeared in a data leak somewhere else.',
  'strength.warning.fallback': 'This passphrase is easy to guess.',
  'strength.suggestion.l33t':
    'Swapping letters for look-alike symbols, like "@" for "a", does not help much.',
  'strength.suggestion.reverseWords': 'Spelling words backwards does not help much.',
  'strength.suggestion.allUppercase': 'Use capitals for some letters, not all of them.',
  'strength.suggestion.capitalization': 'Use capitals for more than just the first letter.',
  'strength.suggestion.dates': 'Avoid dates and years that mean something to you.',
  'strength.suggestion.recentYears': 'Avoid recent years.',
  'strength.suggestion.associatedYears': 'Avoid years linked to you, like a birth year.',
  'strength.suggestion.sequences': 'Avoid sequences like "abc" or "123".',
  'strength.suggestion.repeated': 'Avoid repeated words and characters.',
  'strength.suggestion.longerKeyboardPattern':
    'If you use a keyboard pattern, make it longer and change direction a few times.',
  'strength.suggestion.anotherWord': 'Add another word or two. Unusual words work best.',
  'strength.suggestion.useWords': 'A few unrelated words make a strong passphrase.',
  'strength.suggestion.noNeed':
    'You can make a strong passphrase without symbols, numbers or capital letters.',
  'strength.suggestion.pwned': 'If you use this passphrase anywhere else, change it there too.',
  'strength.suggestion.fallback': 'Try adding a few more unrelated words.',

  'form.passphraseRequired': 'Please type a passphrase.',
  'form.confirmRequired': 'Please type the passphrase a second time.',
  'form.passphraseMismatch': "The two passphrases don't match.",

  'create.title': 'Welcome to Alongside',
  'create.intro.what':
    'Alongside keeps the notes you write with the people you support, in their words and yours.',
  'create.intro.private':
    'Everything stays on this computer, in an encrypted vault that only your passphrase opens.',
  'create.formTitle': 'Choose a passphrase',
  'create.passphrase': 'Passphrase',
  'create.passphraseHelp':
    'A few unrelated words make a strong passphrase. You will type it each time you open Alongside.',
  'create.confirm': 'Confirm passphrase',
  'create.submit': 'Create my vault',

  'recovery.title': 'Your recovery code',
  'recovery.what':
    'If you ever forget your passphrase, this code is the only other way to open your vault.',
  'recovery.once': 'It is shown only this once. Alongside cannot show it again later.',
  'recovery.paper':
    'Write it down on paper and keep it somewhere safe, away from this computer. Your agency IT team may ask you for it.',
  'recovery.codeLabel': 'Recovery code, in six groups',
  'recovery.written': 'I have written it down',
  'recovery.continue': 'Continue',
  'recovery.checkTitle': 'Check your recovery code',
  'recovery.checkIntro':
    'To be sure it was copied correctly, type group {first} and group {second} from your paper. Spaces and dashes do not matter.',
  'recovery.group': 'Group {number}',
  'recovery.check': 'Check',
  'recovery.groupRequired': 'Please type this group from your paper.',
  'recovery.groupMismatch': "That doesn't match the code. Check your paper and try again.",
  'recovery.showAgain': 'Show the code again',

  'unlock.title': 'Unlock Alongside',
  'unlock.intro': 'Type your passphrase to open your vault.',
  'unlock.passphrase': 'Passphrase',
  'unlock.submit': 'Unlock',
  'unlock.wait': 'Please wait {time} before trying again.',
  'unlock.forgot': 'Forgot your passphrase? Use your recovery code',
  'lockReason.idle': 'Locked because the computer was idle.',
  'lockReason.suspend': 'Locked because the computer went to sleep.',
  'lockReason.screen_lock': 'Locked because the screen was locked.',

  'recover.title': 'Use your recovery code',
  'recover.intro': 'Type the recovery code you wrote down, then choose a new passphrase.',
  'recover.code': 'Recovery code',
  'recover.codeHelp': 'Six groups of four letters and numbers. Spaces and dashes are fine.',
  'recover.codeRequired': 'Please type your recovery code.',
  'recover.codeFormat': 'A recovery code has 24 letters and numbers, in six groups of four.',
  'recover.newPassphrase': 'New passphrase',
  'recover.confirm': 'Confirm new passphrase',
  'recover.submit': 'Unlock with recovery code',
  'recover.back': 'Back to unlock',

  'shell.navLabel': 'Main',
  'shell.people': 'People',
  'shell.settings': 'Settings',
  'shell.lock': 'Lock',

  'people.title': 'People',
  'people.empty': 'No one here yet. People you support will appear here.',
  'people.recoveryBanner.title': 'Your recovery code is not confirmed yet',
  'people.recoveryBanner.body':
    'If you forget your passphrase, a recovery code is the only way back in. Making a new one takes a minute.',
  'people.recoveryBanner.action': 'Make a new recovery code',

  'notFound.title': 'Page not found',
  'notFound.body': 'There is nothing at this address.',
  'notFound.back': 'Go to People',

  'settings.title': 'Settings',
  'settings.language.title': 'Language',
  'settings.idle.title': 'Locking',
  'settings.idle.label': 'Idle lock time (minutes)',
  'settings.idle.help': 'Alongside locks itself after this many minutes without activity.',
  'settings.idle.invalid': 'Please enter a whole number from 1 to 60.',
  'settings.idle.save': 'Save lock time',
  'settings.idle.saved':
    'Saved. Alongside will lock after {minutes, plural, one {# minute} other {# minutes}} without activity.',
  'settings.change.title': 'Change passphrase',
  'settings.change.current': 'Current passphrase',
  'settings.change.new': 'New passphrase',
  'settings.change.confirm': 'Confirm new passphrase',
  'settings.change.submit': 'Change passphrase',
  'settings.change.done': 'Your passphrase has been changed. Use the new one next time you unlock.',
  'settings.recovery.title': 'Recovery code',
  'settings.recovery.intro':
    'Make a new recovery code if you lost the old one or never wrote it down. The old code stops working as soon as the new one is made.',
  'settings.recovery.passphrase': 'Passphrase',
  'settings.recovery.passphraseHelp': 'Type your passphrase to make sure it is you.',
  'settings.recovery.submit': 'Make a new recovery code',
  'settings.recovery.done': 'Your new recovery code is ready. The old one no longer works.',

  'errors.INVALID_INPUT': "Something in the form isn't right. Please check it and try again.",
  'errors.LOCKED': 'Alongside is locked. Please unlock it first.',
  'errors.NO_VAULT': 'There is no vault on this computer yet.',
  'errors.VAULT_EXISTS': 'There is already a vault on this computer.',
  'errors.WRONG_PASSPHRASE': "That passphrase doesn't match. Please try again.",
  'errors.WRONG_RECOVERY_CODE': "That recovery code doesn't match. Please check it and try again.",
  'errors.WEAK_PASSPHRASE':
    'This passphrase is too easy to guess. Try adding a few more unrelated words.',
  'errors.RATE_LIMITED': 'There were several tries in a row, so Alongside is pausing for safety.',
  'errors.NOT_FOUND': "We couldn't find that. It may have been removed.",
  'errors.DATABASE_NEWER':
    'This vault was made by a newer version of Alongside. Please ask your IT team to update the app.',
  'errors.DATABASE_DAMAGED':
    'The vault on this computer seems damaged. Please contact your IT team before trying anything else.',
  'errors.INTERNAL':
    'Something went wrong on our side. Please try again. If it keeps happening, contact your IT team.',
} as const satisfies Record<string, string>;

export type MessageKey = keyof typeof en;
export type Catalog = Record<MessageKey, string>;
