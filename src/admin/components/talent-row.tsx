import { Text, View } from '@tarojs/components';
import { ta } from '../i18n';
import type { TalentItem } from '../services/liaisons-api';
import './talent-row.css';

/** One of a liaison's talents: name, when last contacted, when the next contact is due (overdue marked). */
export function TalentRow({ item, onOpen }: { item: TalentItem; onOpen?: () => void }) {
  return (
    <View className={`admin-row liaison-talent-row liaison-talent-row--${item.talentId}`} onClick={onOpen}>
      <View className='liaison-talent-row__head'>
        <Text className='liaison-talent-row__name'>{item.displayName ?? ta('liaison.talents.unnamed')}</Text>
        <Text className='admin-row__meta'>{item.talentId}</Text>
        {item.overdue ? <Text className='admin-badge admin-badge--overdue'>{ta('liaison.talents.overdue')}</Text> : null}
      </View>
      <Text className='admin-row__meta liaison-talent-row__contact'>
        {item.lastContactOn
          ? ta('liaison.talents.lastContact', { date: item.lastContactOn, weeks: item.weeksSinceContact })
          : `${ta('liaison.talents.never')} · ${ta('liaison.talents.paired', { date: item.pairedOn })}`}
      </Text>
      <Text className={`admin-row__meta liaison-talent-row__due${item.overdue ? ' liaison-talent-row__due--overdue' : ''}`}>
        {ta('liaison.talents.due', { date: item.contactDueOn })}
      </Text>
    </View>
  );
}
