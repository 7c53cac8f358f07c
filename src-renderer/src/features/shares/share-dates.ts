/**
 * A share names each quoted note by its calendar date on this computer's clock: that day is in the
 * released document and in the content fingerprint the person's yes is bound to, and the core
 * reckons it in the same time zone, so every screen names the same day the document does.
 */
export const SHARE_DATE_FORMAT: Intl.DateTimeFormatOptions = { dateStyle: 'long' };
