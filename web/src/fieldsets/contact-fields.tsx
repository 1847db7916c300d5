import { useLanguage } from '../app-context.ts';
import { RadioGroup } from '../components/radio-group.tsx';
import { TextField } from '../components/text-field.tsx';
import type { ContactAnswers } from '../draft/answer-parts.ts';
import type { FieldsetProps } from './fieldset-props.ts';

interface ContactFieldsProps extends FieldsetProps<ContactAnswers> {
  words: {
    email: string;
    emailHint: string;
    /** Without a representative the person's own e-mail is where the receipt goes, so it is asked for. */
    emailOptional: boolean;
    phone: string;
    phoneHint?: string | undefined;
    language: string;
  };
}

/** How the person is reached: e-mail, phone, and the language of what is sent to them. */
export function ContactFields({ value, onChange, errorOf, autofill, words }: ContactFieldsProps) {
  const { t, language } = useLanguage();
  return (
    <>
      <TextField
        path="contact.email"
        label={words.email}
        hint={words.emailHint}
        optional={words.emailOptional}
        type="email"
        value={value.email}
        onInput={(email) => onChange({ email })}
        autoComplete={autofill ? 'email' : 'off'}
        error={errorOf('contact.email')}
      />
      <TextField
        path="contact.phone"
        label={words.phone}
        hint={words.phoneHint}
        optional
        type="tel"
        size="medium"
        value={value.phone}
        onInput={(phone) => onChange({ phone })}
        autoComplete={autofill ? 'tel' : 'off'}
        error={errorOf('contact.phone')}
      />
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
