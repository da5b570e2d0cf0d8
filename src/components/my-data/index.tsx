import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useRef, useState } from 'react';
import { t, useLocale } from '@/i18n';
import * as account from '@/services/account';
import { describeError } from '@/services/errors';
import { newRequestId } from '@/services/request-id';
import './index.css';
import { disabledWhen } from '@/components/button-state';

/** Export shows at most this much of the document on screen; the copy holds all of it. */
const PREVIEW_CHARS = 4000;

/**
 * 我的数据: export everything the service holds about me (shown, and copied to the clipboard to keep), and delete my
 * account after a second, explicit confirmation. Deleting is refused while a booking is under way: the server's
 * message says which, and we say where to cancel it.
 */
export function MyData({ onDeleted }: { onDeleted: () => void }) {
  useLocale();
  const [exported, setExported] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<{ kind: 'error' | 'done'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  // One deletion, one requestId: a retry after a lost reply is recognised by the server.
  const deletion = useRef(newRequestId());

  const exportData = async (): Promise<void> => {
    if (busy) return;
    setBusy(true);
    const reply = await account.exportMyData();
    setBusy(false);
    if (!reply.ok) {
      setMessage({ kind: 'error', text: describeError(reply.error) });
      return;
    }
    setMessage(null);
    setCopied(false);
    setExported(JSON.stringify(reply.data, null, 2));
  };

  const copy = (): void => {
    if (exported === null) return;
    Promise.resolve(Taro.setClipboardData({ data: exported }))
      .then(() => setCopied(true))
      .catch(() => undefined);
  };

  const deleteAccount = async (): Promise<void> => {
    if (busy) return;
    setBusy(true);
    const reply = await account.deleteMyAccount({ requestId: deletion.current });
    setBusy(false);
    setConfirming(false);
    if (reply.ok) {
      deletion.current = newRequestId();
      setExported(null);
      setMessage({ kind: 'done', text: t('me.deleteDone') });
      onDeleted();
      return;
    }
    const text = reply.error.code === 'CONFLICT' ? t('me.deleteBlocked', { reason: reply.error.message }) : describeError(reply.error);
    setMessage({ kind: 'error', text });
  };

  return (
    <View className='my-data'>
      <Button className='my-data__export' disabled={disabledWhen(busy)} onClick={() => void exportData()}>
        {t('me.export')}
      </Button>
      {exported !== null && (
        <View className='my-data__exported'>
          <Text className='my-data__size'>{t('me.exportReady', { size: exported.length })}</Text>
          <Text className='my-data__json'>{exported.slice(0, PREVIEW_CHARS)}</Text>
          <Button size='mini' className='my-data__copy' onClick={copy}>
            {copied ? t('me.exportCopied') : t('me.exportCopy')}
          </Button>
        </View>
      )}
      {!confirming ? (
        <Button className='my-data__delete' type='warn' onClick={() => setConfirming(true)}>
          {t('me.delete')}
        </Button>
      ) : (
        <View className='my-data__confirm'>
          <Text className='my-data__warning'>{t('me.deleteWarning')}</Text>
          <Button className='my-data__delete-confirm' type='warn' disabled={disabledWhen(busy)} onClick={() => void deleteAccount()}>
            {t('me.deleteConfirm')}
          </Button>
          <Button className='my-data__delete-cancel' onClick={() => setConfirming(false)}>
            {t('common.cancel')}
          </Button>
        </View>
      )}
      {message !== null && <Text className={`my-data__message my-data__message--${message.kind}`}>{message.text}</Text>}
    </View>
  );
}
