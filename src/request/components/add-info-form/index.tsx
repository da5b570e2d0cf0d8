import { Button, Text, Textarea, View } from '@tarojs/components';
import { useRef, useState } from 'react';
import { addInfoInput } from '@core/requests/add-info.schema';
import { tr } from '../../i18n';
import { formErrors } from '@/services/form-errors';
import { describeError, issuesByPath } from '@/services/errors';
import { newRequestId } from '@/services/request-id';
import * as requests from '@/services/requests';
import type { RequestView } from '@/services/requests';
import { disabledWhen } from '@/components/button-state';

/**
 * 补充材料: more text for an open request; the same requestId until the text changes (so a retried answer is
 * added once). `answering`: a question is open, and this text answers it.
 */
export function AddInfoForm({
  id,
  onAdded,
  answering = false,
}: {
  id: string;
  onAdded: (request: RequestView) => void;
  answering?: boolean;
}) {
  const heading = tr(answering ? 'requests.detail.answer' : 'requests.detail.addInfo');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const requestId = useRef(newRequestId());

  const send = async (): Promise<void> => {
    if (busy) return;
    const found = formErrors(addInfoInput, { id, text });
    if (found.text) {
      setError(tr('requests.form.fieldError', { field: heading, message: found.text }));
      return;
    }
    setBusy(true);
    const reply = await requests.addInfo({ id, text }, { requestId: requestId.current });
    setBusy(false);
    if (!reply.ok) {
      const onField = issuesByPath(reply.error).text;
      setError(onField ? tr('requests.form.fieldError', { field: heading, message: onField }) : describeError(reply.error));
      return;
    }
    setText('');
    setError(null);
    requestId.current = newRequestId();
    onAdded(reply.data);
  };

  return (
    <View className={answering ? 'add-info-form add-info-form--answer' : 'request-detail__card add-info-form'}>
      <Text className='request-detail__heading'>{heading}</Text>
      <Textarea
        className='add-info-form__text'
        value={text}
        maxlength={1000}
        placeholder={tr(answering ? 'requests.detail.answerHint' : 'requests.detail.addInfoHint')}
        onInput={(event) => {
          setText(event.detail.value);
          requestId.current = newRequestId();
        }}
      />
      {error !== null && <Text className='add-info-form__error'>{error}</Text>}
      <Button className='add-info-form__submit' disabled={disabledWhen(busy)} onClick={() => void send()}>
        {tr(answering ? 'requests.detail.answerSubmit' : 'requests.detail.addInfoSubmit')}
      </Button>
    </View>
  );
}
