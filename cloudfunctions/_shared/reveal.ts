import { AppError } from '../../core/contract';
import type { Person } from '../../core/stays/model';
import { recordAudit } from './audit';
import type { ActionContext } from './handler';
import { openValue } from './pii';

/**
 * A person's phone and identity numbers in clear, for staff the action has already let in: the only way they leave
 * the database decrypted. An anonymised person (the owner deleted their account) has none left: NOT_FOUND. The
 * reveal is written to the audit log as `action`, on `record`, before the numbers are returned.
 */
export async function revealPerson(
  ctx: ActionContext,
  {
    action,
    person,
    record,
  }: {
    action: string;
    person: Omit<Person, 'sealed'> & Partial<Pick<Person, 'sealed'>>;
    record: { collection: string; id: string; status: string };
  },
) {
  const { sealed } = person;
  if (!sealed) throw new AppError('NOT_FOUND');
  const revealed = {
    id: record.id,
    name: person.name,
    idKind: person.idKind,
    idNumber: openValue(ctx.config.pii, sealed.idNumber),
    phone: openValue(ctx.config.pii, sealed.phone),
  };
  await recordAudit(
    { ...ctx, action },
    {
      target: { collection: record.collection, id: record.id },
      before: record.status,
      after: record.status,
      note: { fields: ['idNumber', 'phone'] },
    },
  );
  return revealed;
}
