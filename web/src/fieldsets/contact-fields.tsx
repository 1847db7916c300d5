import { useLanguage } from '../app-context.ts';
import { RadioGroup } from '../components/radio-group.tsx';
import { TextField } from '../components/text-field.tsx';
import type { ContactAnswers } from '../draft/answer-parts.ts';
import type { FieldsetProps } from './fieldset-props.ts';
import { EmailAndPhoneFields } from './shared-fields.tsx';

interface ContactFieldsProps extends FieldsetProps<ContactAnswers> {
  words: {
    email: string;
    emailHint: string;
    /** Without a representative the person's own e-mail is where the receipt goes, so it is asked for. */
    emailOptional: boolean;
    phone: string;
    phoneHint?: string | undefined;
    /** Asked only where a post address is a way to reach the person (the applicant's own step). */
    address?: { label: string; hint: string } | undefined;
    language: string;
  };
}

/** How the person is reached: e-mail, phone, and the language of what is sent to them. */
export function ContactFields(group: ContactFieldsProps) {
  const { value, onChange, errorOf, words } = group;
  const { t, language } = useLanguage();
  return (
    <>
      <EmailAndPhoneFields part="contact" {...group} emailOptional={words.emailOptional} />
      {words.address && (
        <TextField
          path="contact.address"
          label={words.address.label}
          hint={words.address.hint}
          optional
          value={value.address ?? ''}
          onInput={(address) => onChange({ address })}
          autoComplete={group.autofill ? 'street-address' : 'off'}
          error={errorOf('contact.address')}
        />
      )}
      <RadioGroup
        path="contact.language"
        legend={words.language}
        options={[
          { value: 'lv', label: t.contact.languages.lv, lang: 'lv' },
          { value: 'en', label: t.contact.languages.en, lang: 'en' },
        ]}
        // Until chosen, e-mails come in the language of the screens.
        value={value.language ?? language}
        onChange={(chosen) => onChange({ language: chosen === 'en' ? 'en' : 'lv' })}
        error={errorOf('contact.language')}
      />
    </>
  );
}
