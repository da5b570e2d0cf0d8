import { Button, Text, View } from '@tarojs/components';
import { useCallback, useEffect, useState } from 'react';
import { UNIT_TYPE_LABELS } from '@core/housing/model';
import { DEGREE_LABELS, TALENT_CATEGORY_LABELS } from '@core/talent/profile';
import { TextField } from '@/apply/components/form';
import { t, tLabel, useLocale } from '@/i18n';
import * as account from '@/services/account';
import { describeError, issuesByPath } from '@/services/errors';
import { setPageTitle } from '@/services/navigation';
import { EmployerBlocks } from '../../components/employer-blocks';
import { th } from '../../i18n';
import * as housing from '../../services/housing';
import '../../components/housing.css';

type Item = housing.ApartmentView;

/**
 * The employer's HR: the apartment applications naming their company, each to confirm (the applicant joins the
 * waiting list) or not (with a reason the applicant reads), by the day the policy gives.
 */
export default function EmployerQueuePage() {
  const locale = useLocale();
  const [items, setItems] = useState<Item[] | null>(null);
  const [buildings, setBuildings] = useState<housing.Building[]>([]);
  const [isEmployer, setIsEmployer] = useState<boolean | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [denying, setDenying] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => setPageTitle(th('employer.title')), [locale]);
  const load = useCallback((): void => {
    void account.me().then((me) => {
      const employer = me.ok && me.data.roles.includes('employer');
      setIsEmployer(employer);
      if (!employer) return;
      void Promise.all([housing.employerQueue(), housing.buildings()]).then(([queue, buildingsReply]) => {
        if (buildingsReply.ok) setBuildings(buildingsReply.data.items);
        if (queue.ok) setItems(queue.data.items);
        else setError(describeError(queue.error));
      });
    });
  }, []);
  useEffect(load, [load]);

  const decide = async (item: Item, confirmIt: boolean): Promise<void> => {
    if (busy) return;
    setBusy(true);
    setError(null);
    setNotice(null);
    setReasonError(null);
    const reply = confirmIt
      ? await housing.confirmEmployment(item._id)
      : await housing.denyEmployment({ id: item._id, reason: reason.trim() });
    setBusy(false);
    if (!reply.ok) {
      const onField = issuesByPath(reply.error).reason;
      if (onField) return setReasonError(onField);
      return setError(describeError(reply.error));
    }
    setNotice(th(confirmIt ? 'employer.confirmed' : 'employer.denied', { name: item.person.name }));
    setDenying(null);
    setReason('');
    load();
  };

  if (isEmployer === false) {
    return (
      <View className='housing'>
        <Text className='housing__empty housing-employer__not-employer'>{th('employer.notEmployer')}</Text>
      </View>
    );
  }

  return (
    <View className='housing housing-employer'>
      <Text className='housing__intro'>{th('employer.intro')}</Text>
      {notice && <Text className='housing__notice housing-employer__notice'>{notice}</Text>}
      {error && <Text className='housing__error'>{error}</Text>}
      {!items && !error && <Text className='housing__loading'>{t('common.loading')}</Text>}
      {items?.length === 0 && <Text className='housing__empty housing-employer__empty'>{th('employer.empty')}</Text>}
      {items?.map((item) => {
        const building = buildings.find((b) => b._id === item.buildingId);
        return (
          <View key={item._id} className={`housing__card housing-employer__item housing-employer__item--${item._id}`}>
            <Text className='housing__title'>
              {th('employer.applicant', {
                name: item.person.name,
                category: tLabel(TALENT_CATEGORY_LABELS, item.category),
                degree: tLabel(DEGREE_LABELS, item.degree),
              })}
            </Text>
            <Text className='housing__line'>
              {th('employer.detail', {
                building: building?.name[locale] ?? item.buildingId,
                type: tLabel(UNIT_TYPE_LABELS, item.unitType),
                size: item.householdSize,
              })}
            </Text>
            <Text className='housing__muted'>{th('employer.company', { name: item.employer.name, code: item.employer.creditCode })}</Text>
            <Text className='housing__unmet'>{th('employer.due', { dueOn: item.employerDueOn })}</Text>
            {denying === item._id ? (
              <>
                <TextField
                  name='reason'
                  multiline
                  label={th('employer.reason')}
                  value={reason}
                  error={reasonError ?? undefined}
                  onChange={setReason}
                />
                <View className='housing__actions'>
                  <Button
                    className='housing-employer__deny-submit'
                    size='mini'
                    type='warn'
                    disabled={busy ? true : undefined}
                    onClick={() => void decide(item, false)}
                  >
                    {th('employer.denySubmit')}
                  </Button>
                  <Button className='housing-employer__deny-cancel' size='mini' onClick={() => setDenying(null)}>
                    {th('employer.cancel')}
                  </Button>
                </View>
              </>
            ) : (
              <View className='housing__actions'>
                <Button
                  className='housing-employer__confirm'
                  size='mini'
                  type='primary'
                  disabled={busy ? true : undefined}
                  onClick={() => void decide(item, true)}
                >
                  {th('employer.confirm')}
                </Button>
                <Button
                  className='housing-employer__deny'
                  size='mini'
                  onClick={() => {
                    setDenying(item._id);
                    setReason('');
                    setReasonError(null);
                  }}
                >
                  {th('employer.deny')}
                </Button>
              </View>
            )}
          </View>
        );
      })}
      {isEmployer && <EmployerBlocks buildings={buildings} creditCodes={[...new Set((items ?? []).map((i) => i.employer.creditCode))]} />}
    </View>
  );
}
