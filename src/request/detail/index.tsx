import { Button, Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useCallback, useEffect, useState } from 'react';
import { TRANSITIONS } from '@core/requests/transitions';
import { RequestStatus } from '@/components/request-status';
import { nameIn, useCatalog } from '@/hooks/use-catalog';
import { usePageChrome } from '@/hooks/use-page-chrome';
import { useShareCard } from '@/hooks/use-share-card';
import { t, useLocale } from '@/i18n';
import { tr } from '../i18n';
import { formatInstant } from '@/i18n/format';
import { describeError } from '@/services/errors';
import * as requests from '@/services/requests';
import type { RequestView } from '@/services/requests';
import { AddInfoForm } from '../components/add-info-form';
import { RateForm } from '../components/rate-form';
import { askerName, RequestTimeline } from '../components/request-timeline';
import './index.css';

const canAddInfo = (request: RequestView): boolean => (TRANSITIONS.addInfo.from as readonly string[]).includes(request.status);

/** One request as its applicant follows it: who handles it, by when, every step, the reply; add information; rate. */
export default function RequestDetailPage() {
  usePageChrome('requests.detail.title');
  // Sharing a request shares the service, never the request (it is the applicant's own).
  useShareCard('requests.shareTitle', '/pages/requests/index');
  useLocale();
  const id = decodeURIComponent(useRouter().params.id ?? '');
  const { catalog } = useCatalog();
  const [request, setRequest] = useState<RequestView | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async (): Promise<void> => {
    const reply = await requests.get(id);
    if (reply.ok) {
      setRequest(reply.data);
      setError(null);
    } else {
      setError(describeError(reply.error));
    }
  }, [id]);
  useEffect(() => {
    void load();
  }, [load]);

  if (!request) {
    return (
      <View className='request-detail'>
        {error === null ? (
          <Text className='request-detail__loading'>{t('common.loading')}</Text>
        ) : (
          <View className='request-detail__error'>
            <Text className='request-detail__error-text'>{error}</Text>
            <Button size='mini' onClick={() => void load()}>
              {t('common.retry')}
            </Button>
          </View>
        )}
      </View>
    );
  }

  const units = catalog?.units;
  const question = request.openQuestion;
  return (
    <View className='request-detail'>
      {question && canAddInfo(request) && (
        // The open question comes first: it is what the unit waits for, and the deadline runs meanwhile.
        <View className='request-detail__card request-detail__question'>
          <Text className='request-detail__question-heading'>{tr('requests.detail.question', { who: askerName(question.by, units) })}</Text>
          <Text className='request-detail__question-text'>{question.text}</Text>
          <Text className='request-detail__question-asked'>
            {tr('requests.detail.questionAsked', { time: formatInstant(question.askedAt) })}
          </Text>
          <AddInfoForm id={request.id} onAdded={setRequest} answering />
        </View>
      )}
      <View className='request-detail__card request-detail__summary'>
        <View className='request-detail__head'>
          <Text className='request-detail__title'>{request.title}</Text>
          <RequestStatus status={request.status} />
        </View>
        <Text className='request-detail__number'>{tr('requests.detail.number', { id: request.id })}</Text>
        <Row label={tr('requests.detail.category')} value={nameIn(catalog?.categories, request.category)} modifier='category' />
        <Row
          label={tr('requests.detail.unit')}
          value={request.leadUnitId ? nameIn(units, request.leadUnitId) : tr('requests.detail.unitPending')}
          modifier='unit'
        />
        {request.coUnitIds.length > 0 && (
          <Row
            label={tr('requests.detail.coUnits')}
            value={request.coUnitIds.map((u) => nameIn(units, u)).join(' · ')}
            modifier='co-units'
          />
        )}
        <Row
          label={tr('requests.detail.deadline')}
          value={
            request.dueDate
              ? tr('requests.detail.deadlineValue', { date: request.dueDate, days: request.tier ?? '' }) +
                (request.dueProvisional ? t('requests.dueProvisional') : '')
              : tr('requests.detail.deadlinePending')
          }
          modifier='deadline'
        />
      </View>

      <View className='request-detail__card'>
        <Text className='request-detail__heading'>{tr('requests.detail.body')}</Text>
        <Text className='request-detail__body'>{request.body}</Text>
        {request.attachments.length > 0 && (
          <Text className='request-detail__attachments'>{tr('requests.detail.attachments', { count: request.attachments.length })}</Text>
        )}
      </View>

      {request.reply && (
        <View className='request-detail__card request-detail__reply'>
          <Text className='request-detail__heading'>{tr('requests.detail.reply')}</Text>
          <Text className='request-detail__body'>{request.reply}</Text>
        </View>
      )}

      {request.rating && (
        <View className='request-detail__card request-detail__rating'>
          <Text className='request-detail__body'>
            {tr('requests.detail.rated', {
              score: request.rating.score,
              verdict: tr(request.rating.satisfied ? 'requests.detail.satisfied' : 'requests.detail.unsatisfied'),
            })}
          </Text>
        </View>
      )}

      {request.status === 'resolved' && <RateForm id={request.id} onRated={setRequest} />}

      <View className='request-detail__card'>
        <Text className='request-detail__heading'>{tr('requests.detail.timeline')}</Text>
        <RequestTimeline timeline={request.timeline} units={units} />
      </View>

      {canAddInfo(request) && !question && <AddInfoForm id={request.id} onAdded={setRequest} />}
    </View>
  );
}

function Row({ label, value, modifier }: { label: string; value: string; modifier: string }) {
  return (
    <View className={`request-detail__row request-detail__row--${modifier}`}>
      <Text className='request-detail__label'>{label}</Text>
      <Text className='request-detail__value'>{value}</Text>
    </View>
  );
}
