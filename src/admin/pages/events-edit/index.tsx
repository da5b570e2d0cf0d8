import { Button, Input, Text, Textarea, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useEffect, useRef, useState } from 'react';
import { ALLOCATION_LABELS, AUDIENCE_LABELS } from '@core/events/labels';
import { ALLOCATIONS, AUDIENCES, EVENT_TYPE_LABELS, EVENT_TYPES } from '@core/events/model';
import { disabledWhen } from '@/components/button-state';
import { tLabel, useLocale } from '@/i18n';
import * as account from '@/services/account';
import { now } from '@/services/clock';
import { describeError, issuesByPath } from '@/services/errors';
import { newRequestId } from '@/services/request-id';
import * as stays from '@/services/stays';
import { ErrorState, Loading } from '../../components/state-view';
import { Tabs } from '../../components/tabs';
import { useAdminTitle } from '../../hooks/use-admin-title';
import { ta, type AdminMessageKey } from '../../i18n';
import { adminApi, type Name } from '../../services/admin-api';
import { getEvent, saveEvent } from '../../services/events';
import { draftOf, emptySession, newDraft, payloadOf, type EventDraft, type FieldDraft, type SessionDraft } from './draft';
import '../../components/admin.css';
import './index.css';

/**
 * The organiser creates an event or edits one: type, texts in both languages, who may sign up, the window, how
 * places go, the party size, the fields asked, and the sessions (date, times, at the station or an address, places).
 * A district admin (no station of their own) creating an event picks the organising station from the active stations
 * (`admin.stations`); an operator's events are their own station's. The server checks everything (sessions after the window, capacity not below places taken…) and answers by path;
 * each problem shows beside its field.
 */
export default function EventEditPage() {
  const id = decodeURIComponent(useRouter().params.id ?? '');
  useAdminTitle(id ? 'eventEdit.title' : 'eventEdit.titleNew');
  const locale = useLocale();
  const [draft, setDraft] = useState<EventDraft | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  /** The stations a district admin may organise a new event at; null: no picker (an operator, or an edit). */
  const [stations, setStations] = useState<Array<{ id: string; name: Name }> | null>(null);
  const key = useRef({ payload: '', id: '' });

  useEffect(() => {
    void (async () => {
      if (id) {
        const reply = await getEvent(id);
        return reply.ok ? setDraft(draftOf(reply.data)) : setLoadError(describeError(reply.error));
      }
      const me = await account.me();
      if (me.ok && me.data.stationId) return setDraft(newDraft(me.data.stationId, now()));
      const choices = me.ok && me.data.roles.includes('admin') ? await activeStations() : [];
      const fallback = await defaultStation();
      const stationId = choices.some((s) => s.id === fallback) ? fallback : (choices[0]?.id ?? fallback);
      if (choices.length > 0) setStations(choices);
      return stationId ? setDraft(newDraft(stationId, now())) : setLoadError(ta('eventEdit.noStation'));
    })();
  }, [id]);

  if (loadError) return <ErrorState message={loadError} />;
  if (!draft) return <Loading />;

  const set = (change: Partial<EventDraft>) => setDraft({ ...draft, ...change });
  const setSession = (i: number, change: Partial<SessionDraft>) =>
    set({ sessions: draft.sessions.map((s, j) => (j === i ? { ...s, ...change } : s)) });
  const setField = (i: number, change: Partial<FieldDraft>) =>
    set({ fields: draft.fields.map((f, j) => (j === i ? { ...f, ...change } : f)) });

  const save = async () => {
    if (busy) return;
    const built = payloadOf(draft);
    if ('badInstants' in built) return setErrors(Object.fromEntries(built.badInstants.map((p) => [p, ta('eventEdit.instant')])));
    const text = JSON.stringify(built.input);
    if (key.current.payload !== text) key.current = { payload: text, id: newRequestId() };
    setBusy(true);
    const reply = await saveEvent(built.input, key.current.id);
    setBusy(false);
    if (!reply.ok) {
      setErrors(issuesByPath(reply.error));
      return setNotice(describeError(reply.error));
    }
    setErrors({});
    setNotice(ta('eventEdit.saved'));
    setDraft(draftOf(reply.data));
  };

  const field = (label: AdminMessageKey, path: string, value: string, onInput: (v: string) => void, multiline = false) => (
    <View className={`event-edit__field event-edit__field--${path.replace(/\./g, '-')}`}>
      <Text className='event-edit__label'>{ta(label)}</Text>
      {multiline ? (
        <Textarea
          className='event-edit__input event-edit__input--long'
          value={value}
          maxlength={4000}
          onInput={(e) => onInput(e.detail.value)}
        />
      ) : (
        <Input className='event-edit__input' value={value} onInput={(e) => onInput(e.detail.value)} />
      )}
      {errors[path] && <Text className='event-edit__error'>{errors[path]}</Text>}
    </View>
  );

  return (
    <View className='admin-page event-edit'>
      <Text className='admin-page__title'>{ta(id ? 'eventEdit.title' : 'eventEdit.titleNew')}</Text>
      {stations && (
        <>
          <Text className='event-edit__label'>{ta('eventEdit.station')}</Text>
          <Tabs
            tabs={stations.map((s) => ({ key: s.id, label: s.name[locale] }))}
            value={draft.stationId}
            onChange={(stationId) => set({ stationId })}
            className='event-edit__station'
          />
          {errors.stationId && <Text className='event-edit__error'>{errors.stationId}</Text>}
        </>
      )}
      <Text className='event-edit__label'>{ta('eventEdit.type')}</Text>
      <Tabs
        tabs={EVENT_TYPES.map((k) => ({ key: k, label: tLabel(EVENT_TYPE_LABELS, k, locale) }))}
        value={draft.type}
        onChange={(type) => set({ type })}
        className='event-edit__type'
      />
      {field('eventEdit.titleZh', 'title.zh-CN', draft.titleZh, (titleZh) => set({ titleZh }))}
      {field('eventEdit.titleEn', 'title.en', draft.titleEn, (titleEn) => set({ titleEn }))}
      {field('eventEdit.descriptionZh', 'description.zh-CN', draft.descriptionZh, (descriptionZh) => set({ descriptionZh }), true)}
      {field('eventEdit.descriptionEn', 'description.en', draft.descriptionEn, (descriptionEn) => set({ descriptionEn }), true)}
      <Text className='event-edit__label'>{ta('eventEdit.audience')}</Text>
      <Tabs
        tabs={AUDIENCES.map((k) => ({ key: k, label: tLabel(AUDIENCE_LABELS, k, locale) }))}
        value={draft.audience}
        onChange={(audience) => set({ audience })}
        className='event-edit__audience'
      />
      <Text className='event-edit__label'>{ta('eventEdit.allocation')}</Text>
      <Tabs
        tabs={ALLOCATIONS.map((k) => ({ key: k, label: tLabel(ALLOCATION_LABELS, k, locale) }))}
        value={draft.allocation}
        onChange={(allocation) => set({ allocation })}
        className='event-edit__allocation'
      />
      {field('eventEdit.opens', 'opensAt', draft.opens, (opens) => set({ opens }))}
      {field('eventEdit.closes', 'closesAt', draft.closes, (closes) => set({ closes }))}
      {field('eventEdit.maxParty', 'maxPartySize', draft.maxPartySize, (maxPartySize) => set({ maxPartySize }))}
      <Toggle on={draft.noShowPenalty} label={ta('eventEdit.noShowPenalty')} onChange={(noShowPenalty) => set({ noShowPenalty })} />

      <Text className='event-edit__heading'>{ta('eventEdit.fields')}</Text>
      {errors.fields && <Text className='event-edit__error'>{errors.fields}</Text>}
      {draft.fields.map((f, i) => (
        <View key={i} className='event-edit__group event-edit__group--field'>
          {field('eventEdit.fieldKey', `fields.${i}.key`, f.key, (v) => setField(i, { key: v }))}
          {field('eventEdit.fieldZh', `fields.${i}.label.zh-CN`, f.zh, (v) => setField(i, { zh: v }))}
          {field('eventEdit.fieldEn', `fields.${i}.label.en`, f.en, (v) => setField(i, { en: v }))}
          <Toggle on={f.required} label={ta('eventEdit.fieldRequired')} onChange={(required) => setField(i, { required })} />
          <Text className='event-edit__remove' onClick={() => set({ fields: draft.fields.filter((_, j) => j !== i) })}>
            {ta('eventEdit.remove')}
          </Text>
        </View>
      ))}
      <Button
        size='mini'
        className='event-edit__add-field'
        onClick={() => set({ fields: [...draft.fields, { key: '', zh: '', en: '', required: true }] })}
      >
        {ta('eventEdit.addField')}
      </Button>

      <Text className='event-edit__heading'>{ta('eventEdit.sessions')}</Text>
      {draft.sessions.map((s, i) => (
        <View key={s.id ?? `new-${i}`} className={`event-edit__group event-edit__group--session event-edit__session-${i}`}>
          {field('eventEdit.date', `sessions.${i}.date`, s.date, (date) => setSession(i, { date }))}
          {field('eventEdit.start', `sessions.${i}.startTime`, s.startTime, (startTime) => setSession(i, { startTime }))}
          {field('eventEdit.end', `sessions.${i}.endTime`, s.endTime, (endTime) => setSession(i, { endTime }))}
          <Toggle on={s.atStation} label={ta('eventEdit.atStation')} onChange={(atStation) => setSession(i, { atStation })} />
          {!s.atStation &&
            field('eventEdit.addressZh', `sessions.${i}.place.address.zh-CN`, s.addressZh, (addressZh) => setSession(i, { addressZh }))}
          {!s.atStation &&
            field('eventEdit.addressEn', `sessions.${i}.place.address.en`, s.addressEn, (addressEn) => setSession(i, { addressEn }))}
          {field('eventEdit.capacity', `sessions.${i}.capacity`, s.capacity, (capacity) => setSession(i, { capacity }))}
          {!s.id && draft.sessions.length > 1 && (
            <Text className='event-edit__remove' onClick={() => set({ sessions: draft.sessions.filter((_, j) => j !== i) })}>
              {ta('eventEdit.remove')}
            </Text>
          )}
        </View>
      ))}
      <Button
        size='mini'
        className='event-edit__add-session'
        onClick={() => set({ sessions: [...draft.sessions, emptySession(draft.sessions[draft.sessions.length - 1]?.date ?? '')] })}
      >
        {ta('eventEdit.addSession')}
      </Button>

      {notice && <Text className='event-edit__notice'>{notice}</Text>}
      <Button type='primary' className='event-edit__save' disabled={disabledWhen(busy)} onClick={() => void save()}>
        {ta('eventEdit.save')}
      </Button>
    </View>
  );
}

/** The active stations, for a district admin's picker; none when they cannot be read (the default station then). */
async function activeStations(): Promise<Array<{ id: string; name: Name }>> {
  const reply = await adminApi.stations();
  return reply.ok ? reply.data.items.filter((s) => s.active).map((s) => ({ id: s.id, name: s.name })) : [];
}

/** A district admin has no station of their own: a new event starts at the default station unless they pick another. */
async function defaultStation(): Promise<string | null> {
  const reply = await stays.station();
  return reply.ok ? reply.data.id : null;
}

/** A yes/no choice (the desk has no switch component of its own; the stubbed tests render text). */
function Toggle({ on, label, onChange }: { on: boolean; label: string; onChange: (on: boolean) => void }) {
  return (
    <Text className={`event-edit__toggle${on ? ' event-edit__toggle--on' : ''}`} onClick={() => onChange(!on)}>
      {`${on ? '☑' : '☐'} ${label}`}
    </Text>
  );
}
