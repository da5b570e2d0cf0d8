import { Button, Text, View } from '@tarojs/components';
import { ta } from '../../i18n';
import './index.css';

/** The loading, error (with a retry) and empty states every console page shows the same way. */
export function Loading() {
  return <Text className='state-view state-view--loading'>{ta('console.loading')}</Text>;
}

export function ErrorState({ message, onRetry }: { message: string; onRetry?: () => void }) {
  return (
    <View className='state-view state-view--error'>
      <Text className='state-view__message'>{message}</Text>
      {onRetry && (
        <Button size='mini' className='state-view__retry' onClick={onRetry}>
          {ta('console.retry')}
        </Button>
      )}
    </View>
  );
}

export function Empty({ text }: { text: string }) {
  return <Text className='state-view state-view--empty'>{text}</Text>;
}
