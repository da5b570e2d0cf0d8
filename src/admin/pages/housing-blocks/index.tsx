import { Button, Text, Textarea, View } from '@tarojs/components';
import { useMemo, useState } from 'react';
import { shanghaiDateOf } from '@core/calendar/dates';
import { boardUnits } from '@core/housing/board';
import { UNIT_TYPE_LABELS } from '@core/housing/model';
import { tLabel, useLocale } from '@/i18n';
import { now } from '@/services/clock';
import { describeError } from '@/services/errors';
import { States, useLoad } from '../../components/async';
import { BuildingScreen } from '../../components/housing/buildings';
import { RoleGate } from '../../components/role-gate';
import { useAdminTitle } from '../../hooks/use-admin-title';
import { ta } from '../../i18n';
import { housingApi, type BlockView, type BuildingView, type UnitView } from '../../services/housing-api';
import '../../components/admin.css';

/**
 * 单位包租: the employers' block requests for one building, pending first. The operator allocates the block's number
 * of units of its type, free for its whole period (the first free ones chosen, any changed by a tap), or rejects it
 * with a reason HR reads.
 */
export default function HousingBlocksPage() {
  useAdminTitle('housing.blocks.title');
  useLocale();
  const [buildingId, setBuildingId] = useState<string | undefined>();
  return (
    <View className='admin-page housing-blocks'>
      <Text className='admin-page__title'>{ta('housing.blocks.title')}</Text>
      <RoleGate roles={['operator', 'admin']}>
        {() => (
          <BuildingScreen chosen={buildingId} onChoose={setBuildingId}>
            {(building) => <BlockQueue key={building._id} building={building} />}
          </BuildingScreen>
        )}
      </RoleGate>
    </View>
  );
}

export function BlockQueue({ building }: { building: BuildingView }) {
  const queue = useLoadBlocks(building._id);
  const units = useUnits(building._id);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  return (
    <View className='housing-blocks__body'>
      {message && <Text className={`admin-message housing-blocks__message${message.ok ? ' admin-message--ok' : ''}`}>{message.text}</Text>}
      <States loaded={queue} empty={ta('housing.blocks.empty')} isEmpty={(d) => d.items.length === 0}>
        {(data) => (
          <View>
            {data.items.map((block) => (
              <BlockCard
                key={block._id}
                block={block}
                units={units.state === 'ready' ? units.data.items : []}
                onDone={(text, ok) => {
                  setMessage({ ok, text });
                  if (ok) {
                    queue.refresh();
                    units.refresh();
                  }
                }}
              />
            ))}
          </View>
        )}
      </States>
    </View>
  );
}

const useLoadBlocks = (buildingId: string) => useLoad(() => housingApi.blockQueue(buildingId), [buildingId]);
const useUnits = (buildingId: string) => useLoad(() => housingApi.units(buildingId), [buildingId]);

function BlockCard(props: { block: BlockView; units: UnitView[]; onDone: (text: string, ok: boolean) => void }) {
  const { block } = props;
  const today = shanghaiDateOf(now());
  const free = useMemo(
    () =>
      boardUnits({ units: props.units.filter((u) => u.type === block.unitType), start: block.start, end: block.end, today }).filter(
        (r) => r.state === 'free',
      ),
    [props.units, block.unitType, block.start, block.end, today],
  );
  const [picked, setPicked] = useState<string[] | null>(null);
  const chosen = picked ?? free.slice(0, block.units).map((r) => r.unit._id);
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const pending = block.status === 'pending';

  const toggle = (id: string) => setPicked(chosen.includes(id) ? chosen.filter((u) => u !== id) : [...chosen, id]);
  const act = async (call: () => ReturnType<typeof housingApi.allocateBlock>, ok: string) => {
    setBusy(true);
    const reply = await call();
    setBusy(false);
    props.onDone(reply.ok ? ok : describeError(reply.error), reply.ok);
  };

  return (
    <View className={`admin-card housing-blocks__item housing-blocks__item--${block._id}`}>
      <Text className='housing-blocks__employer'>{`${block.employer.name}（${block.employer.creditCode}）`}</Text>
      <Text className='housing-blocks__summary'>
        {ta('housing.blocks.summary', {
          type: tLabel(UNIT_TYPE_LABELS, block.unitType),
          units: block.units,
          start: block.start,
          end: block.end,
        })}
      </Text>
      <Text className='housing-blocks__status'>{ta(`housing.blocks.status.${block.status}`)}</Text>
      {block.reason && <Text className='housing-blocks__reason'>{ta('housing.blocks.reason', { reason: block.reason })}</Text>}
      {block.allocations.length > 0 && (
        <Text className='housing-blocks__allocated'>
          {ta('housing.blocks.allocatedUnits', { units: block.allocations.map((a) => a.unitId).join('、') })}
        </Text>
      )}
      {block.allocations.some((a) => a.lapsed) && (
        <Text className='housing-blocks__lapsed'>
          {ta('housing.blocks.lapsedUnits', {
            units: block.allocations
              .filter((a) => a.lapsed)
              .map((a) => a.unitId)
              .join('、'),
          })}
        </Text>
      )}
      {pending && (
        <View className='housing-blocks__allocate'>
          <Text className='housing-blocks__hint'>{ta('housing.blocks.choose', { units: block.units, free: free.length })}</Text>
          <View className='admin-chips'>
            {free.map((r) => (
              <Text
                key={r.unit._id}
                className={`admin-chips__chip housing-blocks__unit housing-blocks__unit--${r.unit._id}${chosen.includes(r.unit._id) ? ' admin-chips__chip--on' : ''}`}
                onClick={() => toggle(r.unit._id)}
              >
                {r.unit.number}
              </Text>
            ))}
          </View>
          <Button
            size='mini'
            type='primary'
            className='housing-blocks__allocate-submit'
            disabled={busy || chosen.length !== block.units ? true : undefined}
            onClick={() =>
              void act(
                () => housingApi.allocateBlock({ id: block._id, unitIds: chosen }),
                ta('housing.blocks.allocated', { employer: block.employer.name }),
              )
            }
          >
            {ta('housing.blocks.allocate', { count: chosen.length })}
          </Button>
          {rejecting ? (
            <View>
              <Textarea className='admin-field housing-blocks__reason-field' value={reason} onInput={(e) => setReason(e.detail.value)} />
              <Button
                size='mini'
                type='warn'
                className='housing-blocks__reject-submit'
                disabled={busy || reason.trim().length < 2 ? true : undefined}
                onClick={() =>
                  void act(
                    () => housingApi.rejectBlock({ id: block._id, reason: reason.trim() }),
                    ta('housing.blocks.rejected', { employer: block.employer.name }),
                  )
                }
              >
                {ta('housing.blocks.rejectSubmit')}
              </Button>
            </View>
          ) : (
            <Button size='mini' className='housing-blocks__reject' onClick={() => setRejecting(true)}>
              {ta('housing.blocks.reject')}
            </Button>
          )}
        </View>
      )}
    </View>
  );
}
