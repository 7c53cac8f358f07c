import type { ContactType } from '../../../../src-main/contract';
import type { MessageKey } from '../../i18n/en';

export const CONTACT_TYPE_LIST: readonly ContactType[] = [
  'in_person',
  'phone',
  'video',
  'group',
  'outreach',
];

export const contactTypeLabels: Record<ContactType, MessageKey> = {
  in_person: 'note.contact.in_person',
  phone: 'note.contact.phone',
  video: 'note.contact.video',
  group: 'note.contact.group',
  outreach: 'note.contact.outreach',
};
