import { Button, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { addDays, daysBetween } from '@core/calendar/dates';
import { LEASE_STATUS_LABELS } from '@core/housing/labels';
import { earlyEnd, renewal } from '@core/housing/lease';
import { UNIT_TYPE_LABELS } from '@core/housing/model';
import { TextField } from '@/apply/components/form';
import { reasonsOf, type Reasoned } from '@/apply/model/submission';
import { tLabel, useLocale } from '@/i18n';
import { confirm } from '@/services/booking-navigation';
import { describeError } from '@/services/errors';
import { newRequestId } from '@/services/request-id';
import { th } from '../i18n';
import * as housing from '../services/housing';
import { openLeasePdf } from '../services/lease-file';

/**
 * The lease: term, rent and deposit, the move-in checklist as the staff recorded it, renewal in the window before
 * the end (refused past the cumulative cap, with core's reason), and early termination with the notice period.
 */
export function LeaseCard(props: { lease: housing.Lease; building: housing.Building | undefined; today: string; onChanged: () => void }) {
  const { lease, building, today } = props;
  const locale = useLocale();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [reasons, setReasons] = useState<Reasoned[]>([]);
  const [noticeOpen, setNoticeOpen] = useState(false);
  const policy = building?.policy;
  const earliest = addDays(today, policy?.noticeDays ?? 0);
  const [moveOut, setMoveOut] = useState(earliest);
  const [doc, setDoc] = useState<housing.LeaseDocument | null>(null);
  const [signed, setSigned] = useState(Boolean(lease.signature));

  const active = lease.status === 'active';
  const decision = active && policy ? renewal({ lease, today, policy, monthsSoFar: lease.months }) : null;
  const tooEarly = policy !== undefined && daysBetween(today, lease.end) > policy.renewalWindowDays;
  const noticeReasons = active && policy && noticeOpen ? earlyEnd({ lease, today, moveOut, policy }) : [];

  const run = async (
    call: () => Promise<{ ok: true } | { ok: false; error: Parameters<typeof describeError>[0] }>,
    onDone: () => void = () => setNoticeOpen(false),
  ): Promise<void> => {
    if (busy) return;
    setBusy(true);
    setError(null);
    setReasons([]);
    const reply = await call();
    setBusy(false);
    if (!reply.ok) {
      setReasons(reasonsOf(reply, locale));
      return setError(reply.error.code === 'NOT_ELIGIBLE' ? null : describeError(reply.error));
    }
    onDone();
    props.onChanged();
  };

  // The document is asked for on each opening (its URL expires); the sign button follows a reading.
  const openDocument = async (): Promise<void> => {
    if (busy) return;
    setBusy(true);
    setError(null);
    const reply = await housing.leaseDocument(lease._id);
    setBusy(false);
    if (!reply.ok) return setError(describeError(reply.error));
    setDoc(reply.data);
    if (reply.data.signed) setSigned(true);
    await openLeasePdf(reply.data.url).catch(() => setError(th('lease.documentFailed')));
  };

  const giveNotice = async (): Promise<void> => {
    const yes = await confirm({
      title: th('lease.noticeTitle'),
      content: th('lease.noticeContent', { date: moveOut }),
      confirmText: th('lease.noticeConfirm'),
      cancelText: th('mine.keep'),
    });
    if (yes) await run(() => housing.giveNotice({ leaseId: lease._id, moveOut }));
  };

  return (
    <View className={`housing__card housing-lease housing-lease--${lease.status}`}>
      <Text className='housing__title'>{th('lease.heading')}</Text>
      {building && <Text className='housing__line'>{building.name[locale]}</Text>}
      <Text className='housing__line'>{th('lease.unit', { unit: lease.unitId, type: tLabel(UNIT_TYPE_LABELS, lease.unitType) })}</Text>
      <Text className='housing__status housing-lease__status'>{tLabel(LEASE_STATUS_LABELS, lease.status)}</Text>
      <Text className='housing__line housing-lease__term'>{th('lease.term', { start: lease.start, end: lease.end })}</Text>
      <Text className='housing__line housing-lease__rent'>{th('lease.rent', { rent: lease.monthlyRent })}</Text>
      <Text className='housing__line housing-lease__deposit'>{th('lease.deposit', { deposit: lease.deposit })}</Text>
      <Text className='housing__muted'>{th('lease.months', { months: lease.months })}</Text>
      {lease.renewals.map((r) => (
        <Text key={r.on + r.end} className='housing__muted housing-lease__renewal'>
          {th('lease.renewals', r)}
        </Text>
      ))}

      <Text className='housing__heading'>{th('lease.moveIn')}</Text>
      {lease.moveIn ? (
        <View className='housing__stack housing-lease__move-in'>
          <Text className='housing__ok'>{th('lease.moveInDone', { on: lease.moveIn.on })}</Text>
          {lease.moveIn.checklist.map((c) => (
            <Text key={c.item} className={c.ok ? 'housing__line' : 'housing__unmet'}>
              {th(c.ok ? 'lease.checkOk' : 'lease.checkMissing', { item: c.item })}
            </Text>
          ))}
        </View>
      ) : (
        <Text className='housing__muted housing-lease__move-in-pending'>{th('lease.moveInPending')}</Text>
      )}
      {lease.notice && <Text className='housing__line housing-lease__notice-given'>{th('lease.noticeGiven', lease.notice)}</Text>}
      {lease.moveOut && <Text className='housing__line'>{th('lease.movedOut', { on: lease.moveOut.on })}</Text>}

      <View className='housing__stack housing-lease__document'>
        <View className='housing__actions'>
          <Button
            className='housing-lease__document-open'
            size='mini'
            disabled={busy ? true : undefined}
            onClick={() => void openDocument()}
          >
            {th('lease.document')}
          </Button>
          {doc && !signed && (
            <Button
              className='housing-lease__sign'
              size='mini'
              type='primary'
              disabled={busy ? true : undefined}
              onClick={() =>
                void run(
                  () => housing.signLease(lease._id, doc.textHash),
                  () => setSigned(true),
                )
              }
            >
              {th('lease.sign')}
            </Button>
          )}
        </View>
        {doc && !signed && <Text className='housing__muted housing-lease__sign-hint'>{th('lease.signHint')}</Text>}
        {signed && <Text className='housing__ok housing-lease__signed'>{th('lease.signed')}</Text>}
      </View>

      {active && policy && (
        <View className='housing__stack housing-lease__renewal-box'>
          {decision?.ok ? (
            <>
              <Text className='housing__muted'>{th('lease.renewHint', { days: policy.renewalWindowDays })}</Text>
              <View className='housing__actions'>
                <Button
                  className='housing-lease__renew'
                  size='mini'
                  type='primary'
                  disabled={busy ? true : undefined}
                  onClick={() => void run(() => housing.requestRenewal(lease._id, { requestId: newRequestId() }))}
                >
                  {th('lease.renew')}
                </Button>
              </View>
            </>
          ) : tooEarly ? (
            <Text className='housing__muted housing-lease__renew-later'>
              {th('lease.renewOpensOn', { date: addDays(lease.end, -policy.renewalWindowDays) })}
            </Text>
          ) : (
            decision?.reasons.map((r) => (
              <Text key={r.rule} className={`housing__unmet housing-lease__refused housing-lease__refused--${r.rule}`}>
                {`✗ ${r.message[locale]}`}
              </Text>
            ))
          )}
        </View>
      )}

      {active && policy && (
        <View className='housing__stack housing-lease__notice'>
          {!noticeOpen ? (
            <View className='housing__actions'>
              <Button className='housing-lease__notice-open' size='mini' onClick={() => setNoticeOpen(true)}>
                {th('lease.notice')}
              </Button>
            </View>
          ) : (
            <>
              <Text className='housing__muted'>{th('lease.noticeHint', { days: policy.noticeDays, earliest })}</Text>
              <TextField name='moveOut' label={th('lease.moveOutDay')} value={moveOut} onChange={setMoveOut} />
              {noticeReasons.map((r) => (
                <Text key={r.rule} className='housing__unmet'>{`✗ ${r.message[locale]}`}</Text>
              ))}
              <View className='housing__actions'>
                <Button
                  className='housing-lease__notice-submit'
                  size='mini'
                  type='primary'
                  disabled={busy || noticeReasons.length > 0 ? true : undefined}
                  onClick={() => void giveNotice()}
                >
                  {th('lease.noticeSubmit')}
                </Button>
                <Button className='housing-lease__notice-cancel' size='mini' onClick={() => setNoticeOpen(false)}>
                  {th('employer.cancel')}
                </Button>
              </View>
            </>
          )}
        </View>
      )}
      {reasons.map((r) => (
        <Text key={r.rule} className={`housing__unmet housing-lease__reason--${r.rule}`}>{`✗ ${r.message}`}</Text>
      ))}
      {error && <Text className='housing__error'>{error}</Text>}
    </View>
  );
}
