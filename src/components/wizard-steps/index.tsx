import Steps from '@nutui/nutui-react-taro/dist/es/packages/steps';
import '@nutui/nutui-react-taro/dist/es/packages/steps/style/css';
import Step from '@nutui/nutui-react-taro/dist/es/packages/step';
import { NutLocale } from '../nut-locale';
import './index.css';

/**
 * Where the user is in a wizard (the stay application, filing a request), with NutUI's steps: the done steps
 * (`nut-step-finish`), the current one (`nut-step-process`) and those to come (`nut-step-wait`). Used by the
 * subpackages only, so the main package does not carry NutUI.
 */
export function WizardSteps({ titles, current }: { titles: readonly string[]; current: number }) {
  // NutUI numbers steps from 1; status 'dynamic' lets it mark each step against `value`.
  return (
    <NutLocale>
      <Steps className='wizard-steps' value={current + 1} status='dynamic'>
        {titles.map((title, index) => (
          <Step key={title} value={index + 1} title={title} />
        ))}
      </Steps>
    </NutLocale>
  );
}
