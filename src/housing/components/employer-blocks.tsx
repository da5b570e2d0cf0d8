import { Button, Text, View } from '@tarojs/components';
import { useCallback, useEffect, useState } from 'react';
import { applyBlockInput, nameTenantInput } from '@core/housing/inputs';
import { UNIT_TYPE_LABELS, UNIT_TYPES, type UnitType } from '@core/housing/model';
import { Choice, PersonFields, Section, TextField, type PersonDraft } from '@/apply/components/form';
import { tp } from '@/apply/i18n';
import { formErrors } from '@/apply/model/form-errors';
import { reasonsOf, type Reasoned } from '@/apply/model/submission';
import { tLabel, useLocale } from '@/i18n';
import type { Envelope } from '@/services/api';
import { describeError, issuesByPath } from '@/services/errors';
import { th, type HousingMessageKey } from '../i18n';
import * as housing from '../services/housing';

type Block = housing.Block;
const EMPTY_TENANT: PersonDraft = { name: '', phone: '', idKind: 'id-card', idNumber: '' };

/**
 * The employer's blocks of units (issue 14): ask for N units of a type in a building for a period, follow the
 * operator's answer, name a tenant per allocated unit (the code to pass on is shown) and withdraw a pending ask.
 */
export function EmployerBlocks(props: { buildings: housing.Building[]; creditCodes: string[] }) {
  const { buildings } = props;
  const locale = useLocale();
  const [blocks, setBlocks] = useState<Block[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [reasons, setReasons] = useState<Reasoned[]>([]);
  const [busy, setBusy] = useState(false);
  const [asking, setAsking] = useState(false);
  const [form, setForm] = useState({
    creditCode: '',
    buildingId: '',
    unitType: null as UnitType | null,
    units: '1',
    start: '',
    months: '12',
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [naming, setNaming] = useState<{ id: string; unitId: string } | null>(null);
  const [tenant, setTenant] = useState(EMPTY_TENANT);

  const load = useCallback((): void => {
    void housing.employerBlocks().then((reply) => {
      if (reply.ok) setBlocks(reply.data.items);
      else setError(describeError(reply.error));
    });
  }, []);
  useEffect(load, [load]);
  const knownCode = props.creditCodes[0] ?? blocks?.[0]?.employer.creditCode ?? '';

  const run = async (call: () => Promise<Envelope<Block>>, done: (block: Block) => string): Promise<boolean> => {
    if (busy) return false;
    setBusy(true);
    setError(null);
    setNotice(null);
    setReasons([]);
    const reply = await call();
    setBusy(false);
    if (!reply.ok) {
      const onFields = issuesByPath(reply.error);
      if (Object.keys(onFields).length > 0) setErrors(onFields);
      setReasons(reasonsOf(reply, locale));
      if (reply.error.code !== 'NOT_ELIGIBLE') setError(describeError(reply.error));
      return false;
    }
    setNotice(done(reply.data));
    load();
    return true;
  };

  const apply = async (): Promise<void> => {
    const input = {
      creditCode: form.creditCode || knownCode,
      buildingId: form.buildingId,
      unitType: form.unitType,
      units: Number(form.units),
      start: form.start.trim(),
      months: Number(form.months),
    };
    const found = formErrors(applyBlockInput, input, locale);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const parsed = applyBlockInput.parse(input);
    if (
      await run(
        () => housing.applyBlock(parsed),
        () => th('blocks.applied'),
      )
    )
      setAsking(false);
  };

  const name = async (block: Block, unitId: string): Promise<void> => {
    const input = {
      id: block._id,
      unitId,
      tenant: {
        name: tenant.name.trim(),
        phone: tenant.phone.trim(),
        identityDocument: { kind: tenant.idKind, number: tenant.idNumber.trim() },
      },
    };
    const found = formErrors(nameTenantInput, input, locale);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const done = await run(
      () => housing.nameTenant(nameTenantInput.parse(input)),
      (b) => th('blocks.named', { name: input.tenant.name, code: b.allocations.find((a) => a.unitId === unitId)?.tenant?.code ?? '' }),
    );
    if (done) {
      setNaming(null);
      setTenant(EMPTY_TENANT);
    }
  };

  const buildingName = (id: string): string => buildings.find((b) => b._id === id)?.name[locale] ?? id;
  const chosen = buildings.find((b) => b._id === form.buildingId);
  const types = UNIT_TYPES.filter((type) => !chosen || chosen.unitTypes[type]);

  return (
    <View className='housing__stack housing-blocks'>
      <Text className='housing__heading'>{th('blocks.heading')}</Text>
      <Text className='housing__muted'>{th('blocks.intro')}</Text>
      {notice && <Text className='housing__notice housing-blocks__notice'>{notice}</Text>}
      {error && <Text className='housing__error housing-blocks__error'>{error}</Text>}
      {reasons.map((r) => (
        <Text key={r.rule} className={`housing__unmet housing-blocks__reason--${r.rule}`}>{`✗ ${r.message}`}</Text>
      ))}
      {blocks?.length === 0 && <Text className='housing__empty housing-blocks__empty'>{th('blocks.empty')}</Text>}
      {blocks?.map((block) => (
        <View key={block._id} className={`housing__card housing-blocks__item housing-blocks__item--${block._id}`}>
          <Text className='housing__title'>
            {th('blocks.summary', {
              building: buildingName(block.buildingId),
              type: tLabel(UNIT_TYPE_LABELS, block.unitType),
              units: block.units,
            })}
          </Text>
          <Text className='housing__line'>{th('blocks.period', { start: block.start, end: block.end, months: block.months })}</Text>
          <Text className='housing__status housing-blocks__status'>{th(`blocks.status.${block.status}` as HousingMessageKey)}</Text>
          {block.reason && <Text className='housing__unmet housing-blocks__rejected'>{th('blocks.reason', { reason: block.reason })}</Text>}
          {block.allocations.map((a) => (
            <View key={a.unitId} className={`housing__stack housing-blocks__unit housing-blocks__unit--${a.unitId}`}>
              <Text className='housing__line'>{th('blocks.unit', { unit: a.unitId })}</Text>
              {a.tenant && (
                <Text className='housing__muted housing-blocks__tenant'>
                  {th(a.confirmedAt ? 'blocks.tenantConfirmed' : 'blocks.tenantNamed', { name: a.tenant.person.name, code: a.tenant.code })}
                </Text>
              )}
              {a.lapsed && (
                <Text className='housing__unmet housing-blocks__lapsed'>{th(`blocks.lapsed.${a.lapsed.why}`, { on: a.lapsed.on })}</Text>
              )}
              {!a.confirmedAt &&
                !a.lapsed &&
                (naming?.id === block._id && naming.unitId === a.unitId ? (
                  <>
                    <PersonFields
                      value={tenant}
                      onChange={(change) => setTenant({ ...tenant, ...change })}
                      errors={errors}
                      at='tenant'
                      kinds={['id-card', 'passport']}
                      labels={{
                        name: th('blocks.tenantName'),
                        phone: th('blocks.tenantPhone'),
                        idNumber: th('blocks.tenantId'),
                        kind: (kind) => tp(`stay.idKind.${kind}`),
                      }}
                    />
                    <View className='housing__actions'>
                      <Button
                        className='housing-blocks__name-submit'
                        size='mini'
                        type='primary'
                        disabled={busy ? true : undefined}
                        onClick={() => void name(block, a.unitId)}
                      >
                        {th('blocks.nameSubmit')}
                      </Button>
                      <Button className='housing-blocks__name-cancel' size='mini' onClick={() => setNaming(null)}>
                        {th('employer.cancel')}
                      </Button>
                    </View>
                  </>
                ) : (
                  <View className='housing__actions'>
                    <Button
                      className='housing-blocks__name'
                      size='mini'
                      onClick={() => {
                        setNaming({ id: block._id, unitId: a.unitId });
                        setTenant(EMPTY_TENANT);
                        setErrors({});
                      }}
                    >
                      {th(a.tenant ? 'blocks.rename' : 'blocks.nameTenant')}
                    </Button>
                  </View>
                ))}
            </View>
          ))}
          {block.status === 'pending' && (
            <View className='housing__actions'>
              <Button
                className='housing-blocks__withdraw'
                size='mini'
                disabled={busy ? true : undefined}
                onClick={() =>
                  void run(
                    () => housing.withdrawBlock(block._id),
                    () => th('blocks.withdrawn'),
                  )
                }
              >
                {th('blocks.withdraw')}
              </Button>
            </View>
          )}
        </View>
      ))}

      {!asking ? (
        <View className='housing__actions'>
          <Button className='housing-blocks__ask' size='mini' type='primary' onClick={() => setAsking(true)}>
            {th('blocks.ask')}
          </Button>
        </View>
      ) : (
        <Section title={th('blocks.ask')} className='housing-blocks__form'>
          <TextField
            name='creditCode'
            label={th('blocks.creditCode')}
            value={form.creditCode || knownCode}
            error={errors.creditCode}
            onChange={(v) => setForm({ ...form, creditCode: v })}
          />
          <Text className='form__label'>{th('blocks.building')}</Text>
          <Choice
            name='buildingId'
            value={form.buildingId}
            onChange={(buildingId) => setForm({ ...form, buildingId })}
            options={buildings.map((b) => ({ value: b._id, label: b.name[locale] }))}
          />
          {errors.buildingId && <Text className='form__error'>{errors.buildingId}</Text>}
          <Text className='form__label'>{th('blocks.unitType')}</Text>
          <Choice
            name='unitType'
            value={form.unitType}
            onChange={(unitType) => setForm({ ...form, unitType })}
            options={types.map((type) => ({ value: type, label: tLabel(UNIT_TYPE_LABELS, type) }))}
          />
          {errors.unitType && <Text className='form__error'>{errors.unitType}</Text>}
          <TextField
            name='units'
            type='number'
            label={th('blocks.units')}
            value={form.units}
            error={errors.units}
            onChange={(v) => setForm({ ...form, units: v })}
          />
          <TextField
            name='start'
            label={th('blocks.start')}
            value={form.start}
            error={errors.start}
            onChange={(v) => setForm({ ...form, start: v })}
          />
          <TextField
            name='months'
            type='number'
            label={th('blocks.months')}
            value={form.months}
            error={errors.months}
            onChange={(v) => setForm({ ...form, months: v })}
          />
          <View className='housing__actions'>
            <Button
              className='housing-blocks__submit'
              size='mini'
              type='primary'
              disabled={busy ? true : undefined}
              onClick={() => void apply()}
            >
              {th('blocks.submit')}
            </Button>
            <Button className='housing-blocks__cancel' size='mini' onClick={() => setAsking(false)}>
              {th('employer.cancel')}
            </Button>
          </View>
        </Section>
      )}
    </View>
  );
}
