import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { getLocale } from '@/i18n';
import { tpo } from '../../i18n';
import { openPolicy, type PolicyMatch, type PolicyView } from '../../services/policies';
import './index.css';

/** What a match still lacks, each condition in the UI language: not met, then not known from the profile. */
export function MatchReasons({ match }: { match: Pick<PolicyMatch, 'unmet' | 'unknown'> }) {
  const locale = getLocale();
  return (
    <View className='policy-item__reasons'>
      {match.unmet.map((r) => (
        <Text key={`unmet-${r.rule}`} className={`policy-item__reason policy-item__reason--unmet policy-item__reason--${r.rule}`}>
          {tpo('match.unmet', { condition: r.message[locale] })}
        </Text>
      ))}
      {match.unknown.map((r) => (
        <Text key={`unknown-${r.rule}`} className={`policy-item__reason policy-item__reason--unknown policy-item__reason--${r.rule}`}>
          {tpo('match.unknown', { condition: r.message[locale] })}
        </Text>
      ))}
    </View>
  );
}

/** One policy in a list: title, issuer, summary's start and, for a match, how it fits; a tap opens it. */
export function PolicyItem({ policy, match }: { policy: PolicyView; match?: PolicyMatch }) {
  const locale = getLocale();
  return (
    <View
      className={`policy-item policy-item--${policy._id}${match ? ` policy-item--${match.level}` : ''}`}
      onClick={() => void Taro.navigateTo({ url: openPolicy(policy._id) }).catch(() => undefined)}
    >
      <View className='policy-item__head'>
        <Text className='policy-item__title'>{policy.title[locale]}</Text>
        {match && <Text className={`policy-item__level policy-item__level--${match.level}`}>{tpo(`match.${match.level}`)}</Text>}
      </View>
      <Text className='policy-item__issuer'>{policy.issuer[locale]}</Text>
      <Text className='policy-item__summary'>{policy.summary[locale]}</Text>
      {match && match.level !== 'applies' && <MatchReasons match={match} />}
    </View>
  );
}
