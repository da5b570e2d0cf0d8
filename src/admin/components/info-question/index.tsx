import { Button, Text, Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import { TRANSITIONS } from '@core/requests/transitions';
import { ta } from '../../i18n';
import type { RequestDetail } from '../../services/staff-api';
import { disabledWhen } from '@/components/button-state';

/**
 * The applicant's latest answer to a question (an addition that records the question it answered), shown while the
 * request is worked; once resolved, the timeline keeps it.
 */
const latestAnswer = (request: RequestDetail) => {
  if (request.status !== 'in_progress') return null;
  const entry = [...request.timeline].reverse().find((e) => e.type === 'addInfo' && typeof e.data?.question === 'string');
  return entry ? { question: String(entry.data?.question), answer: entry.text ?? '' } : null;
};

/**
 * 补充材料: the open question to the applicant (one at a time), or their latest answer, and — while none is open
 * and the status allows — the question to ask. Used by the unit inbox and the operator's dispatch board; the
 * function decides who may ask (the lead unit, an operator).
 */
export function InfoQuestion({ request, onAsk }: { request: RequestDetail; onAsk: (question: string) => void }) {
  const [question, setQuestion] = useState('');
  const answer = latestAnswer(request);
  const canAsk = (TRANSITIONS.askForInfo.from as readonly string[]).includes(request.status) && !request.openQuestion;
  return (
    <>
      {request.openQuestion ? (
        <Text className='info-question__open'>{ta('inbox.questionOpen', { question: request.openQuestion.text })}</Text>
      ) : answer ? (
        <Text className='info-question__answered'>{ta('inbox.answered', answer)}</Text>
      ) : null}
      {canAsk ? (
        <View className='admin-panel__section info-question'>
          <Textarea
            className='admin-field info-question__text'
            maxlength={300}
            placeholder={ta('inbox.question')}
            value={question}
            onInput={(e) => setQuestion(e.detail.value)}
          />
          <Button
            size='mini'
            className='info-question__ask'
            disabled={disabledWhen(question.trim() === '')}
            onClick={() => question.trim() !== '' && onAsk(question)}
          >
            {ta('inbox.askForInfo')}
          </Button>
        </View>
      ) : null}
    </>
  );
}
