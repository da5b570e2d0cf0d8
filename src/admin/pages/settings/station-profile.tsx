import { Button, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { setProfileInput } from '@core/admin/schemas';
import { DISTRICTS, FACILITIES, STATION_KINDS, STATION_SERVICES, type District, type StationKind } from '@core/stations/model';
import { DISTRICT_LABELS, FACILITY_LABELS, STATION_KIND_LABELS } from '@core/stations/labels';
import { t, tLabel } from '@/i18n';
import { Chips } from '../../components/tabs';
import { ta } from '../../i18n';
import { adminApi, type StationView } from '../../services/admin-api';
import { Choice, Field, errorAt, linesOf, numberOf } from '../../components/fields';
import { useSave } from '../../hooks/use-save';

type Service = (typeof STATION_SERVICES)[number];
type Facility = (typeof FACILITIES)[number];

const toggled = <K extends string>(all: readonly K[], chosen: readonly K[], key: K): K[] =>
  all.filter((k) => (k === key ? !chosen.includes(k) : chosen.includes(k)));

const numberText = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));

/**
 * What the network shows of a station (`admin.setProfile`): district, kind, services, facilities, the desk's phone,
 * opening hours, photos, place in the list and map point. Checked by core's schema before sending (messages in the
 * UI language). Blank contact, hours or map point clear them; photos are sent only when changed (a stored photo the
 * schema does not take, such as a demo data address, stays as it is).
 */
export function StationProfileForm({ station, onSaved }: { station: StationView; onSaved: () => void }) {
  const [district, setDistrict] = useState<District | null>(station.district);
  const [kind, setKind] = useState<StationKind | null>(station.kind);
  const [services, setServices] = useState<Service[]>(station.services);
  const [facilities, setFacilities] = useState<Facility[]>(station.facilities);
  const [phone, setPhone] = useState(station.contact?.phone ?? '');
  const [email, setEmail] = useState(station.contact?.email ?? '');
  const [hoursZh, setHoursZh] = useState(station.hours?.['zh-CN'] ?? '');
  const [hoursEn, setHoursEn] = useState(station.hours?.en ?? '');
  const initialPhotos = station.photos.join('\n');
  const [photos, setPhotos] = useState(initialPhotos);
  const [order, setOrder] = useState(numberText(station.order));
  const [latitude, setLatitude] = useState(numberText(station.location?.latitude));
  const [longitude, setLongitude] = useState(numberText(station.location?.longitude));
  const { errors, message, save } = useSave();

  const submit = () => {
    const hasHours = hoursZh.trim() !== '' || hoursEn.trim() !== '';
    const hasPoint = latitude.trim() !== '' || longitude.trim() !== '';
    return save(
      setProfileInput,
      {
        stationId: station.id,
        ...(district ? { district } : {}),
        ...(kind ? { kind } : {}),
        services,
        facilities,
        contact: phone.trim() === '' ? null : { phone, ...(email.trim() ? { email } : {}) },
        hours: hasHours ? { 'zh-CN': hoursZh, en: hoursEn } : null,
        ...(photos === initialPhotos ? {} : { photos: linesOf(photos) }),
        ...(order.trim() === '' && station.order === null ? {} : { order: numberOf(order) }),
        location: hasPoint ? { latitude: numberOf(latitude), longitude: numberOf(longitude) } : null,
      },
      adminApi.setProfile,
      onSaved,
    );
  };

  return (
    <View className='admin-panel__section station__profile'>
      <Text>{ta('settings.profile.title')}</Text>
      <Text className='housing-field__label'>{ta('settings.profile.district')}</Text>
      <Choice name='district' options={DISTRICTS} value={district} label={(d) => tLabel(DISTRICT_LABELS, d)} onChange={setDistrict} />
      {errors.district ? <Text className='admin-message housing-field__error'>{errors.district}</Text> : null}
      <Text className='housing-field__label'>{ta('settings.profile.kind')}</Text>
      <Choice name='kind' options={STATION_KINDS} value={kind} label={(k) => tLabel(STATION_KIND_LABELS, k)} onChange={setKind} />
      <Text className='housing-field__label'>{ta('settings.profile.services')}</Text>
      <Chips
        className='station__services'
        options={STATION_SERVICES.map((key) => ({ key, label: t(`home.service.${key}`) }))}
        chosen={services}
        onToggle={(key) => setServices(toggled(STATION_SERVICES, services, key))}
      />
      <Text className='housing-field__label'>{ta('settings.profile.facilities')}</Text>
      <Chips
        className='station__facilities'
        options={FACILITIES.map((key) => ({ key, label: tLabel(FACILITY_LABELS, key) }))}
        chosen={facilities}
        onToggle={(key) => setFacilities(toggled(FACILITIES, facilities, key))}
      />
      <Field name='phone' label={ta('settings.profile.phone')} value={phone} onChange={setPhone} error={errorAt(errors, 'contact')} />
      <Field name='email' label={ta('settings.profile.email')} value={email} onChange={setEmail} error={errors['contact.email']} />
      <Field name='hours-zh' label={ta('settings.profile.hoursZh')} value={hoursZh} onChange={setHoursZh} error={errors['hours.zh-CN']} />
      <Field name='hours-en' label={ta('settings.profile.hoursEn')} value={hoursEn} onChange={setHoursEn} error={errors['hours.en']} />
      <Field
        name='photos'
        label={ta('settings.profile.photos')}
        value={photos}
        onChange={setPhotos}
        error={errorAt(errors, 'photos')}
        multiline
      />
      <Field name='order' label={ta('settings.profile.order')} value={order} onChange={setOrder} error={errors.order} number />
      <Field
        name='latitude'
        label={ta('settings.profile.latitude')}
        value={latitude}
        onChange={setLatitude}
        error={errors['location.latitude'] ?? errors.location}
        number
      />
      <Field
        name='longitude'
        label={ta('settings.profile.longitude')}
        value={longitude}
        onChange={setLongitude}
        error={errors['location.longitude']}
        number
      />
      <Button size='mini' className='station__save-profile' onClick={submit}>
        {ta('settings.profile.save')}
      </Button>
      {message ? (
        <Text className={`admin-message${message.ok ? ' admin-message--ok' : ''} station__profile-message`}>{message.text}</Text>
      ) : null}
    </View>
  );
}
