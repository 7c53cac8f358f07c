/**
 * A share names each quoted note by its UTC calendar date: that day is in the released document
 * and in the content fingerprint the person's yes is bound to. Every screen that shows a share
 * names the same day, whatever the computer's time zone.
 */
export const SHARE_DATE_FORMAT: Intl.DateTimeFormatOptions = {
  dateStyle: 'long',
  timeZone: 'UTC',
};
