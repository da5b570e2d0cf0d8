import { Button, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { saveUnitInput, saveUnitTypeInput } from '@core/housing/inputs';
import { UNIT_TYPES, UNIT_TYPE_LABELS, type UnitType } from '@core/housing/model';
import { tLabel } from '@/i18n';
import { States, useLoad } from '../../components/async';
import { ta } from '../../i18n';
import { housingApi, type BuildingView, type UnitView } from '../../services/housing-api';
import { Choice, Field, errorAt, numberOf } from '../../components/fields';
import { useSave } from '../../hooks/use-save';

const typeLabel = (type: UnitType) => tLabel(UNIT_TYPE_LABELS, type);
const STATUSES = ['available', 'maintenance'] as const;

/** Each unit type's area, listed rent and deposit in the building (`housing.saveUnitType`). */
export function UnitTypesSection({ building, onSaved }: { building: BuildingView; onSaved: () => void }) {
  return (
    <View className='housing-unit-types'>
      {UNIT_TYPES.map((type) => (
        <UnitTypeForm key={type} building={building} type={type} onSaved={onSaved} />
      ))}
    </View>
  );
}

function UnitTypeForm({ building, type, onSaved }: { building: BuildingView; type: UnitType; onSaved: () => void }) {
  const spec = building.unitTypes[type];
  const [area, setArea] = useState(spec ? String(spec.area) : '');
  const [rent, setRent] = useState(spec ? String(spec.monthlyRent) : '');
  const [deposit, setDeposit] = useState(spec ? String(spec.deposit) : '');
  const { errors, message, save } = useSave();
  const submit = () =>
    save(
      saveUnitTypeInput,
      { buildingId: building._id, type, area: numberOf(area), monthlyRent: numberOf(rent), deposit: numberOf(deposit) },
      housingApi.saveUnitType,
      onSaved,
    );
  return (
    <View className={`admin-panel housing-unit-type housing-unit-type--${type}`}>
      <Text className='housing-board__heading'>{typeLabel(type)}</Text>
      <View className='housing-inline'>
        <Field name='area' label={ta('housing.inventory.area')} number value={area} onChange={setArea} error={errors.area} />
        <Field name='rent' label={ta('housing.inventory.monthlyRent')} number value={rent} onChange={setRent} error={errors.monthlyRent} />
        <Field name='deposit' label={ta('housing.inventory.deposit')} number value={deposit} onChange={setDeposit} error={errors.deposit} />
      </View>
      <Button size='mini' className='housing-unit-type__save' onClick={() => void submit()}>
        {ta('housing.inventory.save')}
      </Button>
      {message ? (
        <Text className={`admin-message${message.ok ? ' admin-message--ok' : ''} housing-unit-type__message`}>{message.text}</Text>
      ) : null}
    </View>
  );
}

/** The building's units, each editable in its row, and a row for a new one (`housing.saveUnit`). */
export function UnitsSection({ building }: { building: BuildingView }) {
  const units = useLoad(() => housingApi.units(building._id), [building._id]);
  return (
    <View className='housing-units'>
      <UnitForm
        key={`new-${units.state === 'ready' ? units.data.items.length : 0}`}
        building={building}
        unit={null}
        onSaved={units.refresh}
      />
      <States loaded={units} empty={ta('housing.inventory.noUnits')} isEmpty={(d) => d.items.length === 0}>
        {(data) => (
          <View className='housing-units__list'>
            {data.items.map((unit) => (
              <UnitForm key={unit._id} building={building} unit={unit} onSaved={units.refresh} />
            ))}
          </View>
        )}
      </States>
    </View>
  );
}

function UnitForm({ building, unit, onSaved }: { building: BuildingView; unit: UnitView | null; onSaved: () => void }) {
  const [id, setId] = useState(unit?._id ?? `${building._id}-`);
  const [number, setNumber] = useState(unit?.number ?? '');
  const [floor, setFloor] = useState(unit ? String(unit.floor) : '');
  const [type, setType] = useState<UnitType>(unit?.type ?? 'one-room');
  const [status, setStatus] = useState<(typeof STATUSES)[number]>(unit?.status ?? 'available');
  const { errors, message, save } = useSave();
  const submit = () =>
    save(
      saveUnitInput,
      { id: id.trim(), buildingId: building._id, number, floor: numberOf(floor), type, status },
      housingApi.saveUnit,
      onSaved,
    );
  const hook = unit ? `housing-unit-row--${unit._id}` : 'housing-unit-row--new';
  return (
    <View className={`admin-panel housing-unit-row ${hook}`}>
      {unit ? null : <Text className='housing-board__heading'>{ta('housing.inventory.newUnit')}</Text>}
      <View className='housing-inline'>
        {unit ? null : (
          <Field name='unit-id' label={ta('housing.inventory.unitId')} value={id} onChange={setId} error={errorAt(errors, 'id')} />
        )}
        <Field name='number' label={ta('housing.inventory.unitNumber')} value={number} onChange={setNumber} error={errors.number} />
        <Field name='floor' label={ta('housing.inventory.floor')} number value={floor} onChange={setFloor} error={errors.floor} />
      </View>
      <Choice name='type' options={UNIT_TYPES} value={type} label={typeLabel} onChange={setType} />
      <Choice name='status' options={STATUSES} value={status} label={(s) => ta(`housing.inventory.status.${s}`)} onChange={setStatus} />
      <Button size='mini' className='housing-unit-row__save' onClick={() => void submit()}>
        {ta('housing.inventory.save')}
      </Button>
      {message ? (
        <Text className={`admin-message${message.ok ? ' admin-message--ok' : ''} housing-unit-row__message`}>{message.text}</Text>
      ) : null}
    </View>
  );
}
