import { Text, View } from '@tarojs/components';
import { MAX_FILE_BYTES } from '@core/documents';
import { tp } from '../../i18n';
import { applicantType, requiredDocuments } from '../../model/stay-draft';
import { DocumentUpload } from '../document-upload';
import { Section } from '../form';
import type { StepProps } from './types';

/** Step 4: the proofs the applicant type asks for (core's eligibility rules), each uploaded on its own. */
export function DocumentsStep({ draft, update, errors }: StepProps) {
  const groups = requiredDocuments(applicantType(draft));
  return (
    <View className='stay-documents'>
      <Section title={tp('stay.documents.heading')}>
        <Text className='form__hint'>{tp('stay.documents.hint', { mb: MAX_FILE_BYTES / 1024 / 1024 })}</Text>
        {groups.map((kinds) =>
          kinds.map((kind) => (
            <DocumentUpload
              key={kind}
              kind={kind}
              folder='stay-documents'
              badge={kinds.length > 1 ? tp('stay.documents.anyOf') : tp('stay.documents.required')}
              value={draft.documents[kind]}
              onChange={(file) => update((latest) => ({ documents: { ...latest.documents, [kind]: file } }))}
            />
          )),
        )}
        {Object.entries(errors).map(([rule, message]) => (
          <Text key={rule} className={`form__error stay-documents__error--${rule}`}>
            {message}
          </Text>
        ))}
      </Section>
    </View>
  );
}
