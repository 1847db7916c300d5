import type { Round } from '../../api/types.ts';
import { useSending } from '../../api/use-data.ts';
import { Checkbox } from '../../components/checkbox.tsx';
import { requestPageFocus } from '../../components/focus.ts';
import { Heading, Page } from '../../components/page.tsx';
import { RadioGroup } from '../../components/radio-group.tsx';
import { SecondaryButton } from '../../components/secondary-button.tsx';
import { StepForm } from '../../components/step-form.tsx';
import { TextField } from '../../components/text-field.tsx';
import { PersonFields } from '../../fieldsets/person-fields.tsx';
import { navigate } from '../../flow/router.ts';
import { FeedbackPage } from '../components/feedback-page.tsx';
import { OfficeContactFields, OfficeRepresentativeFields } from '../components/office-fieldsets.tsx';
import { showApiError, useFormFeedback } from '../components/use-form-feedback.ts';
import { useStaffTexts } from '../i18n/texts.ts';
import { OfficeFields } from '../paper/office-fields.tsx';
import type { PaperAnswers } from '../paper/paper-draft.ts';
import { checkPaperAnswers, paperRequest } from '../paper/paper-request.ts';
import { PaperSummary } from '../paper/paper-summary.tsx';
import { usePaperDraft } from '../paper/use-paper-draft.ts';
import { PAPER_STEPS, staffPaths } from '../routes.ts';
import { useSignedIn } from '../session/session-context.ts';

/**
 * Step 1 of registering a paper application: the answers from the paper form and when and by whom the office
 * received it. "Continue" stores it as a draft of the social worker's municipality; from then on the answers
 * are fixed, and this page shows them.
 */
export function PaperDetailsPage({ round }: { round: Round }) {
  const { s, t } = useStaffTexts();
  const { api } = useSignedIn();
  const { draft, update, discard } = usePaperDraft(round.id);
  const feedback = useFormFeedback();
  const { busy, send } = useSending();
  const { answers } = draft;
  const title = s.paper.stepTitles.details;
  const progress = { step: 1, total: PAPER_STEPS.length };
  const backHref = staffPaths.queue(round.id);

  const set = (change: (answers: PaperAnswers) => PaperAnswers) =>
    update((current) => ({ ...current, answers: change(current.answers) }));
  const setPart =
    <K extends 'office' | 'person' | 'contact' | 'representative'>(part: K) =>
    (change: Partial<PaperAnswers[K]>) =>
      set((current) => ({ ...current, [part]: { ...current[part], ...change } }));
  const tick = (path: string, name: 'hasRepresentative' | 'consent') =>
    feedback.bindTick(path, answers[name], (checked) => set((current) => ({ ...current, [name]: checked })));

  // The registered draft stays as it is; the empty form that follows is a new page, and focus starts at its top.
  const startOver = () => {
    requestPageFocus();
    discard();
  };

  if (draft.registered) {
    return (
      <Page key={draft.idempotencyKey} title={title} progress={progress} backHref={backHref}>
        <Heading>{title}</Heading>
        <p class="inset">{s.paper.registered(draft.registered.reference)}</p>
        <p>{s.paper.locked}</p>
        <PaperSummary answers={answers} />
        <p class="actions">
          <a class="button" href={staffPaths.paper(round.id, 'documents')}>
            {t.common.continue}
          </a>
          <SecondaryButton onPress={startOver}>{s.paper.startOver}</SecondaryButton>
        </p>
      </Page>
    );
  }

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy || !feedback.passes(checkPaperAnswers(answers))) return;
    const answer = await send(() => api.registerPaper(round.id, paperRequest(answers), draft.idempotencyKey));
    if (!answer) return;
    if (!answer.ok) return showApiError(feedback, answer.error, '', 'office.receivedOn');
    update((current) => ({ ...current, registered: answer.data }));
    navigate(staffPaths.paper(round.id, 'documents'));
  };

  const errorOf = feedback.errorOf;
  return (
    <FeedbackPage key={draft.idempotencyKey} title={title} progress={progress} backHref={backHref} feedback={feedback}>
      <StepForm onSubmit={(event) => void submit(event)} busy={busy}>
        <p class="caption">{s.paper.title}</p>
        <Heading>{title}</Heading>

        <h2>{s.paper.officeTitle}</h2>
        <OfficeFields value={answers.office} onChange={setPart('office')} errorOf={errorOf} />

        <h2>{s.paper.personTitle}</h2>
        <PersonFields
          value={answers.person}
          onChange={setPart('person')}
          errorOf={errorOf}
          autofill={false}
          words={t.person}
          dateOfBirth={
            <TextField
              {...feedback.bindText('person.dateOfBirth', answers.person.dateOfBirth, (dateOfBirth) =>
                setPart('person')({ dateOfBirth }),
              )}
              label={s.paper.dateOfBirthLabel}
              hint={s.paper.dateOfBirthHint}
              size="medium"
              inputMode="numeric"
            />
          }
        />
        <RadioGroup
          {...feedback.bindChoice('person.disabilityGroup', answers.disabilityGroup, (value) =>
            set((current) => ({ ...current, disabilityGroup: value as '1' | '2' | '3' })),
          )}
          legend={t.check.disabilityGroup}
          options={(['1', '2', '3'] as const).map((group) => ({
            value: group,
            label: t.disabilityGroup.option(Number(group)),
          }))}
        />
        <RadioGroup
          {...feedback.bindChoice('person.mentalDisorderConfirmed', answers.mentalDisorder, (value) =>
            set((current) => ({ ...current, mentalDisorder: value as 'yes' | 'no' })),
          )}
          legend={s.paper.mentalDisorder}
          options={[
            { value: 'yes', label: t.common.yes },
            { value: 'no', label: t.common.no },
          ]}
        />

        <h2>{s.paper.contactTitle}</h2>
        <OfficeContactFields value={answers.contact} onChange={setPart('contact')} errorOf={errorOf} />

        <h2>{s.paper.representativeTitle}</h2>
        <Checkbox {...tick('representative', 'hasRepresentative')} label={s.paper.hasRepresentative} />
        {answers.hasRepresentative && (
          <OfficeRepresentativeFields
            value={answers.representative}
            onChange={setPart('representative')}
            errorOf={errorOf}
          />
        )}

        <h2>{t.check.consent}</h2>
        <Checkbox {...tick('consent', 'consent')} label={s.paper.consent} />
      </StepForm>
    </FeedbackPage>
  );
}
