import type { ApiError, Created } from '../api/types.ts';
import { useLanguage } from '../app-context.ts';
import { Heading } from '../components/page.tsx';
import { StepForm } from '../components/step-form.tsx';
import { TextField } from '../components/text-field.tsx';
import { fieldError } from '../flow/field-errors.ts';
import { useLookup } from './use-lookup.ts';

/**
 * A page that opens an application by its number and access code (the status page, the plan page): the two boxes
 * with their errors, the number and code as the server reads them, and its refusals shown where they belong.
 */
export function useAccessLookup(initial: () => Created | undefined) {
  const lookup = useLookup(() => initial() ?? { reference: '', accessCode: '' });

  /** Both as typed, tidied as the server tidies them; undefined, with the empty box marked, when one is missing. */
  const given = (): Created | undefined => {
    const complete = lookup.filled(lookup.fields, {
      reference: (w) => w.status.requiredReference,
      accessCode: (w) => w.status.requiredAccessCode,
    });
    if (!complete) return undefined;
    return {
      reference: lookup.fields.reference.trim().toUpperCase(),
      accessCode: lookup.fields.accessCode.trim().toUpperCase(),
    };
  };

  /** "Not found" and "wrong code" read the same on purpose; the message asks to check both, shown at the number. */
  const refused = (error: ApiError) => {
    if (error.status === 404 || error.status === 403 || error.status === 401) {
      lookup.showErrors([fieldError('reference', error.message, error.code)]);
    } else lookup.showErrors([], error.message);
  };

  return { ...lookup, given, refused };
}

interface AccessFormProps {
  lookup: ReturnType<typeof useAccessLookup>;
  /** The page's words: its title, what it is for, its button, and what the button says while it looks. */
  words: { title: string; intro: string; show: string; loading: string };
  onLook(): Promise<void>;
}

/** The page's heading and the two boxes, with the button that looks the application up. */
export function AccessForm({ lookup, words, onLook }: AccessFormProps) {
  const { t } = useLanguage();
  return (
    <StepForm onSubmit={lookup.onSubmit(onLook)} busy={lookup.busy} submitLabel={words.show} busyLabel={words.loading}>
      <Heading>{words.title}</Heading>
      <p>{words.intro}</p>
      <TextField {...lookup.box('reference')} label={t.status.reference} hint={t.status.referenceHint} size="medium" />
      <TextField
        {...lookup.box('accessCode')}
        label={t.status.accessCode}
        hint={t.status.accessCodeHint}
        size="medium"
      />
    </StepForm>
  );
}
