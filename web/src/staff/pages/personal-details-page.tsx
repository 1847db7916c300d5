import { useState } from 'preact/hooks';
import { NameFields } from '../../fieldsets/shared-fields.tsx';
import { ApplicationSubpage } from '../application/application-subpage.tsx';
import { type LoadedApplication, WithApplication } from '../application/with-application.tsx';
import { DayField } from '../components/day-field.tsx';
import { OfficeContactFields, OfficeRepresentativeFields } from '../components/office-fieldsets.tsx';
import { SaveForm } from '../components/save-form.tsx';
import { TextArea } from '../components/text-area.tsx';
import { useSave } from '../components/use-save.ts';
import {
  asksDateOfBirth,
  type CorrectionAnswers,
  checkCorrection,
  correctionAnswers,
  correctionRequest,
} from '../data-requests/correction-form.ts';
import { useStaffTexts } from '../i18n/texts.ts';
import { useSignedIn } from '../session/session-context.ts';

/**
 * Correcting a person's details at their request (GDPR Art. 16): names, the date of birth where the personal code
 * does not carry it, contact details and the representative's details, with the reason. The application keeps
 * only the new details; the earlier ones and the reason go, encrypted, to the audit log, which the page says.
 */
export function PersonalDetailsPage({ reference }: { reference: string }) {
  return <WithApplication reference={reference}>{(loaded) => <Correction {...loaded} />}</WithApplication>;
}

function Correction(loaded: LoadedApplication) {
  const { s } = useStaffTexts();
  return (
    <ApplicationSubpage name={s.personalDetails.title} loaded={loaded}>
      {loaded.view.application.status === 'submitted' ? (
        <CorrectionForm {...loaded} />
      ) : (
        <p class="notice">{s.application.notSubmitted}</p>
      )}
    </ApplicationSubpage>
  );
}

function CorrectionForm({ view, feedback, onSaved }: LoadedApplication) {
  const { s, t } = useStaffTexts();
  const { api } = useSignedIn();
  const { application } = view;
  const w = s.personalDetails;
  const [answers, setAnswers] = useState<CorrectionAnswers>(() => correctionAnswers(application));
  const save = useSave(
    feedback,
    (saved: typeof view) => {
      // The details stay as saved; the reason was this correction's.
      setAnswers((current) => ({ ...current, reason: '' }));
      onSaved(saved);
    },
    { form: '', fallbackPath: 'person.firstName' },
  );
  const setPart =
    <K extends 'person' | 'contact' | 'representative'>(part: K) =>
    (change: Partial<NonNullable<CorrectionAnswers[K]>>) =>
      setAnswers((current) => ({ ...current, [part]: { ...current[part], ...change } }));
  const errorOf = feedback.errorOf;

  return (
    <>
      <p>{w.intro}</p>
      <SaveForm
        save={save}
        check={() => checkCorrection(answers, application)}
        send={() => api.correctPersonalDetails(application.reference, correctionRequest(answers, application))}
        submitLabel={w.submit}
        savedText={w.saved}
      >
        <h2>{w.personTitle}</h2>
        <NameFields
          part="person"
          value={answers.person}
          onChange={setPart('person')}
          errorOf={errorOf}
          words={t.person}
          autofill={false}
        />
        <p class="hint">
          {t.person.personalCode}: {application.personalCode.value}. {w.codeNote}
        </p>
        {asksDateOfBirth(application) && (
          <DayField
            path="person.dateOfBirth"
            label={w.dateOfBirth}
            value={answers.dateOfBirth}
            onInput={(dateOfBirth) => setAnswers((current) => ({ ...current, dateOfBirth }))}
            error={errorOf('person.dateOfBirth')}
          />
        )}
        <h2>{w.contactTitle}</h2>
        <OfficeContactFields
          value={answers.contact}
          onChange={setPart('contact')}
          errorOf={errorOf}
          address={{ label: w.address, hint: t.contact.addressHint }}
        />
        {answers.representative && (
          <>
            <h2>{w.representativeTitle}</h2>
            <OfficeRepresentativeFields
              value={answers.representative}
              onChange={setPart('representative')}
              errorOf={errorOf}
            />
          </>
        )}
        <TextArea
          {...feedback.bindText('reason', answers.reason, (reason) =>
            setAnswers((current) => ({ ...current, reason })),
          )}
          label={w.reason}
          hint={w.reasonHint}
        />
      </SaveForm>
    </>
  );
}
