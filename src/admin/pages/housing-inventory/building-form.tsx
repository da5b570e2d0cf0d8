import { Button, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { saveBuildingInput } from '@core/housing/inputs';
import { getLocale } from '@/i18n';
import { useLoad } from '../../components/async';
import { ta } from '../../i18n';
import { adminApi } from '../../services/admin-api';
import { housingApi, type BuildingView } from '../../services/housing-api';
import { Choice, Field, Toggle, errorAt, linesOf, numberOf } from '../../components/fields';
import { useSave } from '../../hooks/use-save';

interface Draft {
  id: string;
  nameZh: string;
  nameEn: string;
  district: string;
  addressZh: string;
  addressEn: string;
  latitude: string;
  longitude: string;
  photos: string;
  facilities: string;
  stationId: string;
  viewingTimes: string;
  viewingCapacity: string;
  active: boolean;
}

const draftOf = (b: BuildingView | null): Draft => ({
  id: b?._id ?? '',
  nameZh: b?.name['zh-CN'] ?? '',
  nameEn: b?.name.en ?? '',
  district: b?.district ?? '',
  addressZh: b?.address['zh-CN'] ?? '',
  addressEn: b?.address.en ?? '',
  latitude: b?.location ? String(b.location.latitude) : '',
  longitude: b?.location ? String(b.location.longitude) : '',
  photos: (b?.photos ?? []).join('\n'),
  facilities: (b?.facilities ?? []).join('\n'),
  stationId: b?.stationId ?? '',
  viewingTimes: (b?.viewing.times ?? ['10:00', '15:00']).join('\n'),
  viewingCapacity: String(b?.viewing.capacity ?? 2),
  active: b?.active ?? false,
});

/** The payload `housing.saveBuilding` takes; no map point when both coordinates are blank. */
export const buildingPayload = (d: Draft) => ({
  id: d.id.trim(),
  name: { 'zh-CN': d.nameZh, en: d.nameEn },
  district: d.district,
  address: { 'zh-CN': d.addressZh, en: d.addressEn },
  location:
    d.latitude.trim() === '' && d.longitude.trim() === '' ? null : { latitude: numberOf(d.latitude), longitude: numberOf(d.longitude) },
  photos: linesOf(d.photos),
  facilities: linesOf(d.facilities),
  stationId: d.stationId,
  viewing: { times: linesOf(d.viewingTimes), capacity: numberOf(d.viewingCapacity) },
  active: d.active,
});

/** A building's description (a new one when `building` is null): names, address, map point, photos, facilities. */
export function BuildingForm({ building, onSaved }: { building: BuildingView | null; onSaved: (id: string) => void }) {
  const [draft, setDraft] = useState(() => draftOf(building));
  const stations = useLoad(() => adminApi.stations(), []);
  const { errors, message, save } = useSave();
  const set = (key: keyof Draft) => (value: string) => setDraft({ ...draft, [key]: value });
  const submit = () => save(saveBuildingInput, buildingPayload(draft), housingApi.saveBuilding, (saved) => onSaved(saved._id));
  const stationIds = stations.state === 'ready' ? stations.data.items.map((s) => s.id) : [draft.stationId].filter(Boolean);
  const stationName = (id: string) => (stations.state === 'ready' && stations.data.items.find((s) => s.id === id)?.name[getLocale()]) || id;

  return (
    <View className='admin-panel housing-building-form'>
      {building === null && (
        <Field name='id' label={ta('housing.inventory.id')} value={draft.id} onChange={set('id')} error={errorAt(errors, 'id')} />
      )}
      <Field
        name='name-zh'
        label={ta('housing.inventory.nameZh')}
        value={draft.nameZh}
        onChange={set('nameZh')}
        error={errors['name.zh-CN']}
      />
      <Field
        name='name-en'
        label={ta('housing.inventory.nameEn')}
        value={draft.nameEn}
        onChange={set('nameEn')}
        error={errors['name.en']}
      />
      <Field
        name='district'
        label={ta('housing.inventory.district')}
        value={draft.district}
        onChange={set('district')}
        error={errors.district}
      />
      <Field
        name='address-zh'
        label={ta('housing.inventory.addressZh')}
        value={draft.addressZh}
        onChange={set('addressZh')}
        error={errors['address.zh-CN']}
      />
      <Field
        name='address-en'
        label={ta('housing.inventory.addressEn')}
        value={draft.addressEn}
        onChange={set('addressEn')}
        error={errors['address.en']}
      />
      <Field
        name='latitude'
        label={ta('housing.inventory.latitude')}
        number
        value={draft.latitude}
        onChange={set('latitude')}
        error={errors['location.latitude']}
      />
      <Field
        name='longitude'
        label={ta('housing.inventory.longitude')}
        number
        value={draft.longitude}
        onChange={set('longitude')}
        error={errors['location.longitude']}
      />
      <Field
        name='photos'
        label={ta('housing.inventory.photos')}
        multiline
        value={draft.photos}
        onChange={set('photos')}
        error={errorAt(errors, 'photos')}
      />
      <Field
        name='facilities'
        label={ta('housing.inventory.facilities')}
        multiline
        value={draft.facilities}
        onChange={set('facilities')}
        error={errorAt(errors, 'facilities')}
      />
      <Text className='housing-field__label'>{ta('housing.inventory.station')}</Text>
      <Choice name='station' options={stationIds} value={draft.stationId} label={stationName} onChange={set('stationId')} />
      {errors.stationId ? <Text className='admin-message housing-field__error'>{errors.stationId}</Text> : null}
      <Field
        name='viewing-times'
        label={ta('housing.inventory.viewingTimes')}
        multiline
        value={draft.viewingTimes}
        onChange={set('viewingTimes')}
        error={errorAt(errors, 'viewing.times')}
      />
      <Field
        name='viewing-capacity'
        label={ta('housing.inventory.viewingCapacity')}
        number
        value={draft.viewingCapacity}
        onChange={set('viewingCapacity')}
        error={errors['viewing.capacity']}
      />
      <Toggle name='active' label='housing.inventory.active' value={draft.active} onChange={(active) => setDraft({ ...draft, active })} />
      <Button type='primary' size='mini' className='housing-building-form__save' onClick={() => void submit()}>
        {ta('housing.inventory.save')}
      </Button>
      {message ? (
        <Text className={`admin-message${message.ok ? ' admin-message--ok' : ''} housing-building-form__message`}>{message.text}</Text>
      ) : null}
    </View>
  );
}
