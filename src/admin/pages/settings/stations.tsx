import { Button, Input, Text, Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import { getLocale } from '@/i18n';
import { setCapacityInput, setPolicyInput } from '@core/admin/schemas';
import { States, useLoad } from '../../components/async';
import { numberOf } from '../../components/fields';
import { ta } from '../../i18n';
import { adminApi, type StationView } from '../../services/admin-api';
import { FeedbackText, useFeedback } from './feedback';
import { StationProfileForm } from './station-profile';

/** Beds and seats of each station, its stay and seat rules, and what the network shows of it. */
export function StationsSection() {
  const loaded = useLoad(() => adminApi.stations(), []);
  return (
    <View className='settings-stations'>
      <States loaded={loaded} empty={ta('settings.stations.empty')} isEmpty={(d) => d.items.length === 0}>
        {(data) => (
          <>
            {data.items.map((s) => (
              <StationEditor key={s.id} station={s} onSaved={loaded.refresh} />
            ))}
          </>
        )}
      </States>
    </View>
  );
}

const NUMBER_RULES = [
  'maxNights',
  'maxNightsTeamMember',
  'minDaysAhead',
  'maxDaysAhead',
  'minYearsAbroad',
  'graduatingWithinMonths',
  'graduatedWithinMonths',
  'reviewWorkingDays',
] as const;

/** The fields of `form` whose value differs from what `stored` holds (lists compared item by item). */
function changedFrom<T extends Record<string, unknown>>(form: T, stored: Record<string, unknown>): Partial<T> {
  const same = (a: unknown, b: unknown) => (Array.isArray(a) && Array.isArray(b) ? a.join('\n') === b.join('\n') : Object.is(a, b));
  return Object.fromEntries(Object.entries(form).filter(([key, value]) => !same(value, stored[key]))) as Partial<T>;
}

const RULE_FIELDS = [...NUMBER_RULES, 'listedUniversities', 'maxSeats'] as const;

/** A field of the capacity or rules form by its input path (`beds`, `stayPolicy.maxNights`), as the form labels it. */
const fieldLabel = (path: string): string => {
  if (path === 'beds' || path === 'seats') return ta(`settings.stations.${path}`);
  const rule = RULE_FIELDS.find((r) => path.endsWith(`.${r}`));
  return rule ? ta(`settings.rule.${rule}`) : path;
};

function StationEditor({ station, onSaved }: { station: StationView; onSaved: () => void }) {
  const [beds, setBeds] = useState(String(station.beds));
  const [seats, setSeats] = useState(String(station.seats));
  const [rules, setRules] = useState<Record<string, string>>(
    Object.fromEntries(NUMBER_RULES.map((r) => [r, String(station.stayPolicy[r])])),
  );
  const [universities, setUniversities] = useState(station.stayPolicy.listedUniversities.join('\n'));
  const [maxSeats, setMaxSeats] = useState(String(station.seatPolicy.maxSeats));
  const { feedback, run, checked, unchanged } = useFeedback();

  // A field left blank is no number (`numberOf`), never 0: a cleared bed count must not close the station's stays.
  // Only what this form changed is sent: a value another admin changed since the page loaded is not put back.
  const saveCapacity = () => {
    const changes = changedFrom({ beds: numberOf(beds), seats: numberOf(seats) }, station);
    if (Object.keys(changes).length === 0) return unchanged();
    const input = { stationId: station.id, ...changes };
    return checked(setCapacityInput, input, fieldLabel) && run(adminApi.setCapacity(input), ta('settings.saved'), onSaved);
  };
  const savePolicy = () => {
    const stayPolicy = changedFrom(
      {
        ...Object.fromEntries(NUMBER_RULES.map((r) => [r, numberOf(rules[r])])),
        listedUniversities: universities
          .split('\n')
          .map((u) => u.trim())
          .filter(Boolean),
      },
      station.stayPolicy,
    );
    const seatPolicy = changedFrom({ maxSeats: numberOf(maxSeats) }, station.seatPolicy);
    const input = {
      stationId: station.id,
      ...(Object.keys(stayPolicy).length > 0 ? { stayPolicy } : {}),
      ...(Object.keys(seatPolicy).length > 0 ? { seatPolicy } : {}),
    };
    if (!input.stayPolicy && !input.seatPolicy) return unchanged();
    return checked(setPolicyInput, input, fieldLabel) && run(adminApi.setPolicy(input), ta('settings.saved'), onSaved);
  };

  return (
    <View className={`admin-panel station station--${station.id}`}>
      <Text className='station__name'>{station.name[getLocale()]}</Text>
      <View className='admin-panel__section'>
        <Text>{ta('settings.stations.beds')}</Text>
        <Input className='admin-field station__beds' type='number' value={beds} onInput={(e) => setBeds(e.detail.value)} />
        <Text>{ta('settings.stations.seats')}</Text>
        <Input className='admin-field station__seats' type='number' value={seats} onInput={(e) => setSeats(e.detail.value)} />
        <Button size='mini' className='station__save-capacity' onClick={saveCapacity}>
          {ta('settings.stations.saveCapacity')}
        </Button>
      </View>
      <View className='admin-panel__section station__policy'>
        <Text>{ta('settings.stations.stayPolicy')}</Text>
        {NUMBER_RULES.map((rule) => (
          <View key={rule} className='admin-table__row'>
            <Text className='admin-table__cell'>{ta(`settings.rule.${rule}`)}</Text>
            <Input
              className={`admin-field admin-table__cell station__rule station__rule--${rule}`}
              type='number'
              value={rules[rule]}
              onInput={(e) => setRules({ ...rules, [rule]: e.detail.value })}
            />
          </View>
        ))}
        <Text>{ta('settings.rule.listedUniversities')}</Text>
        <Textarea className='admin-field station__universities' value={universities} onInput={(e) => setUniversities(e.detail.value)} />
        <Text>{ta('settings.rule.maxSeats')}</Text>
        <Input className='admin-field station__max-seats' type='number' value={maxSeats} onInput={(e) => setMaxSeats(e.detail.value)} />
        <Button size='mini' className='station__save-policy' onClick={savePolicy}>
          {ta('settings.stations.savePolicy')}
        </Button>
      </View>
      <FeedbackText feedback={feedback} className='station__message' />
      <StationProfileForm station={station} onSaved={onSaved} />
    </View>
  );
}
