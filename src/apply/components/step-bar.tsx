import { Text, View } from '@tarojs/components';
import './step-bar.css';

/** Where the user is in a wizard: done steps, the current one, the ones to come. */
export function StepBar({ steps, current }: { steps: readonly string[]; current: number }) {
  return (
    <View className='step-bar'>
      {steps.map((label, index) => (
        <View key={label} className={`step-bar__step step-bar__step--${index < current ? 'done' : index === current ? 'current' : 'todo'}`}>
          <Text className='step-bar__index'>{index < current ? '✓' : index + 1}</Text>
          <Text className='step-bar__label'>{label}</Text>
        </View>
      ))}
    </View>
  );
}
