import { Button, Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { confirmTenancyInput } from '@core/housing/inputs';
import { Choice, TextField } from '@/apply/components/form';
import { tp } from '@/apply/i18n';
import { formErrors } from '@/apply/model/form-errors';
import { useLocale } from '@/i18n';
import { describeError, issuesByPath } from '@/services/errors';
import { setPageTitle } from '@/services/navigation';
import { th } from '../../i18n';
import * as housing from '../../services/housing';
import { openMyHousing } from '../../services/navigation';
import '../../components/housing.css';

type IdKind = 'id-card' | 'passport';

/**
 * A tenant named by their employer's HR for a unit of a block: the code HR passed on and their own identity
 * document (the one HR named) make the lease, shown then under "my application and lease".
 */
export default function ConfirmTenancyPage() {
  const locale = useLocale();
  const [code, setCode] = useState('');
  const [idKind, setIdKind] = useState<IdKind>('id-card');
  const [idNumber, setIdNumber] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<housing.Lease | null>(null);

  useEffect(() => setPageTitle(th('tenancy.title')), [locale]);

  const submit = async (): Promise<void> => {
    if (busy) return;
    const input = { code: code.trim(), identityDocument: { kind: idKind, number: idNumber.trim() } };
    const found = formErrors(confirmTenancyInput, input, locale);
    setErrors(found);
    setError(null);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    const reply = await housing.confirmTenancy(confirmTenancyInput.parse(input));
    setBusy(false);
    if (!reply.ok) {
      const onFields = issuesByPath(reply.error);
      if (Object.keys(onFields).length > 0) return setErrors(onFields);
      return setError(reply.error.code === 'NOT_FOUND' ? th('tenancy.unknown') : describeError(reply.error));
    }
    setDone(reply.data);
  };

  if (done) {
    return (
      <View className='housing housing-tenancy'>
        <Text className='housing__notice housing-tenancy__done'>
          {th('tenancy.done', { unit: done.unitId, start: done.start, end: done.end })}
        </Text>
        <Button className='housing__button housing-tenancy__mine' type='primary' onClick={() => openMyHousing({ replace: true })}>
          {th('buildings.mine')}
        </Button>
      </View>
    );
  }

  return (
    <View className='housing housing-tenancy'>
      <Text className='housing__intro'>{th('tenancy.intro')}</Text>
      <TextField name='code' label={th('tenancy.code')} value={code} error={errors.code} onChange={setCode} />
      <Choice
        name='idKind'
        value={idKind}
        onChange={setIdKind}
        options={(['id-card', 'passport'] as const).map((k) => ({ value: k, label: tp(`stay.idKind.${k}`) }))}
      />
      <TextField
        name='idNumber'
        label={th('blocks.tenantId')}
        value={idNumber}
        error={errors['identityDocument.number']}
        onChange={setIdNumber}
      />
      {error && <Text className='housing__error housing-tenancy__error'>{error}</Text>}
      <Button
        className='housing__button housing-tenancy__submit'
        type='primary'
        disabled={busy ? true : undefined}
        onClick={() => void submit()}
      >
        {th('tenancy.submit')}
      </Button>
    </View>
  );
}
