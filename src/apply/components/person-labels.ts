import { tp } from '../i18n';
import type { PersonDraft } from './form';

/** How the stay forms name a person's fields (PersonFields); the apartment and join forms ask the same way. */
export const personLabels = (phoneHint = tp('stay.phoneHint')) => ({
  name: tp('stay.name'),
  phone: tp('stay.phone'),
  phoneHint,
  idKind: tp('stay.idKind'),
  idNumber: tp('stay.idNumber'),
  kind: (kind: PersonDraft['idKind']) => tp(`stay.idKind.${kind}`),
});
