import { Button, Input, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { getLocale } from '@/i18n';
import { States, useLoad } from '../../components/async';
import { ta } from '../../i18n';
import { adminApi, type Name } from '../../services/admin-api';
import { FeedbackText, useFeedback } from './feedback';

/** A new entry's id and names. */
function NewEntry({ kind, onAdd }: { kind: 'category' | 'unit'; onAdd: (id: string, name: Name) => void }) {
  const [id, setId] = useState('');
  const [zh, setZh] = useState('');
  const [en, setEn] = useState('');
  return (
    <View className={`admin-panel__section new-entry new-entry--${kind}`}>
      <Input
        className='admin-field new-entry__id'
        placeholder={ta('settings.catalog.id')}
        value={id}
        onInput={(e) => setId(e.detail.value)}
      />
      <Input
        className='admin-field new-entry__zh'
        placeholder={ta('settings.catalog.nameZh')}
        value={zh}
        onInput={(e) => setZh(e.detail.value)}
      />
      <Input
        className='admin-field new-entry__en'
        placeholder={ta('settings.catalog.nameEn')}
        value={en}
        onInput={(e) => setEn(e.detail.value)}
      />
      <Button size='mini' className='new-entry__add' onClick={() => onAdd(id, { 'zh-CN': zh, en })}>
        {ta('settings.catalog.add')}
      </Button>
    </View>
  );
}

/** Request categories: add one, switch one on or off (never deleted: old requests name it). */
export function CategoriesSection() {
  const loaded = useLoad(() => adminApi.categories(), []);
  const { feedback, run } = useFeedback();
  return (
    <View className='settings-categories'>
      <FeedbackText feedback={feedback} className='settings-categories__message' />
      <States loaded={loaded} empty={ta('settings.catalog.empty')} isEmpty={(d) => d.items.length === 0}>
        {(data) => (
          <View className='admin-table'>
            {data.items.map((c) => (
              <View key={c.id} className={`admin-table__row category category--${c.id}`}>
                <Text className='admin-table__cell'>{c.order}</Text>
                <Text className='admin-table__cell'>{c.name[getLocale()]}</Text>
                <Text className='admin-table__cell'>{c.active ? ta('settings.catalog.active') : ta('settings.catalog.inactive')}</Text>
                <Button
                  size='mini'
                  className='category__toggle'
                  onClick={() => run(adminApi.saveCategory({ ...c, active: !c.active }), ta('settings.saved'), loaded.refresh)}
                >
                  {c.active ? ta('settings.catalog.deactivate') : ta('settings.catalog.activate')}
                </Button>
              </View>
            ))}
            <NewEntry
              kind='category'
              onAdd={(id, name) =>
                run(adminApi.saveCategory({ id, name, order: data.items.length + 1, active: true }), ta('settings.saved'), loaded.refresh)
              }
            />
          </View>
        )}
      </States>
    </View>
  );
}

/** Units with their handlers (granted in Roles); add one, switch one on or off. */
export function UnitsSection() {
  const loaded = useLoad(() => adminApi.units(), []);
  const { feedback, run } = useFeedback();
  return (
    <View className='settings-units'>
      <FeedbackText feedback={feedback} className='settings-units__message' />
      <States loaded={loaded} empty={ta('settings.catalog.empty')} isEmpty={(d) => d.items.length === 0}>
        {(data) => (
          <View className='admin-table'>
            {data.items.map((u) => (
              <View key={u.id} className={`admin-table__row unit unit--${u.id}`}>
                <Text className='admin-table__cell'>{u.name[getLocale()]}</Text>
                <Text className='admin-table__cell unit__handlers'>
                  {u.handlers.map((h) => h.displayName ?? h.openId).join('、') || ta('settings.units.noHandlers')}
                </Text>
                <Button
                  size='mini'
                  className='unit__toggle'
                  onClick={() =>
                    run(adminApi.saveUnit({ id: u.id, name: u.name, active: !u.active }), ta('settings.saved'), loaded.refresh)
                  }
                >
                  {u.active ? ta('settings.catalog.deactivate') : ta('settings.catalog.activate')}
                </Button>
              </View>
            ))}
            <NewEntry
              kind='unit'
              onAdd={(id, name) => run(adminApi.saveUnit({ id, name, active: true }), ta('settings.saved'), loaded.refresh)}
            />
          </View>
        )}
      </States>
    </View>
  );
}
