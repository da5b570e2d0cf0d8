import { Button, Text, Textarea, View } from '@tarojs/components';
import { useRef, useState } from 'react';
import { tr } from '../../i18n';
import { describeError } from '@/services/errors';
import { newRequestId } from '@/services/request-id';
import * as requests from '@/services/requests';
import type { RequestView } from '@/services/requests';
import { disabledWhen } from '@/components/button-state';

const SCORES = [1, 2, 3, 4, 5] as const;

/** 评价: a score from 1 to 5, satisfied or not, and an optional comment. Not satisfied reopens the request once. */
export function RateForm({ id, onRated }: { id: string; onRated: (request: RequestView) => void }) {
  const [score, setScore] = useState<number | null>(null);
  const [satisfied, setSatisfied] = useState(true);
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const requestId = useRef(newRequestId());

  const send = async (): Promise<void> => {
    if (busy) return;
    if (score === null) {
      setError(tr('requests.detail.chooseScore'));
      return;
    }
    setBusy(true);
    const trimmed = comment.trim();
    const reply = await requests.rate({ id, score, satisfied, ...(trimmed ? { comment: trimmed } : {}) }, { requestId: requestId.current });
    setBusy(false);
    if (!reply.ok) {
      setError(describeError(reply.error));
      return;
    }
    setError(null);
    onRated(reply.data);
  };

  const choose = (change: () => void): void => {
    change();
    // The answer changed: a message about the earlier one (no score yet, a refusal) no longer applies.
    setError(null);
    requestId.current = newRequestId();
  };

  return (
    <View className='request-detail__card rate-form'>
      <Text className='request-detail__heading'>{tr('requests.detail.rate')}</Text>
      <Text className='request-detail__label'>{tr('requests.detail.score')}</Text>
      <View className='rate-form__scores'>
        {SCORES.map((value) => (
          <View
            key={value}
            className={`rate-form__score rate-form__score--${value}${value === score ? ' rate-form__score--selected' : ''}`}
            onClick={() => choose(() => setScore(value))}
          >
            <Text>{String(value)}</Text>
          </View>
        ))}
      </View>
      <View className='rate-form__verdicts'>
        {[true, false].map((value) => (
          <View
            key={String(value)}
            className={`rate-form__verdict rate-form__verdict--${value ? 'satisfied' : 'unsatisfied'}${value === satisfied ? ' rate-form__verdict--selected' : ''}`}
            onClick={() => choose(() => setSatisfied(value))}
          >
            <Text>{tr(value ? 'requests.detail.satisfied' : 'requests.detail.unsatisfied')}</Text>
          </View>
        ))}
      </View>
      {!satisfied && <Text className='rate-form__note'>{tr('requests.detail.unsatisfiedNote')}</Text>}
      <Textarea
        className='rate-form__comment'
        value={comment}
        maxlength={200}
        placeholder={tr('requests.detail.comment')}
        onInput={(event) => choose(() => setComment(event.detail.value))}
      />
      {error !== null && <Text className='rate-form__error'>{error}</Text>}
      <Button className='rate-form__submit' type='primary' disabled={disabledWhen(busy)} onClick={() => void send()}>
        {tr('requests.detail.rateSubmit')}
      </Button>
    </View>
  );
}
