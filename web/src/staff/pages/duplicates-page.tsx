import { useState } from 'preact/hooks';
import type { FieldError } from '../../api/types.ts';
import { useData } from '../../api/use-data.ts';
import { Heading } from '../../components/page.tsx';
import { RadioGroup } from '../../components/radio-group.tsx';
import { rigaDateTime } from '../../format/dates.ts';
import type { DuplicatesResponse } from '../api/types.ts';
import { DuplicatesTable } from '../components/duplicates-table.tsx';
import { FeedbackPage } from '../components/feedback-page.tsx';
import { LoadError, Loading } from '../components/load-state.tsx';
import { SaveForm } from '../components/save-form.tsx';
import { TextArea } from '../components/text-area.tsx';
import { type FormFeedback, useFormFeedback } from '../components/use-form-feedback.ts';
import { useSave } from '../components/use-save.ts';
import { staffRequired } from '../i18n/field-errors.ts';
import { useStaffTexts } from '../i18n/texts.ts';
import { staffPaths } from '../routes.ts';
import { useSignedIn } from '../session/session-context.ts';

/**
 * The person's applications in the round side by side, and the decision which one stands. Applications of
 * another municipality show only where and when they arrived; such a group is for an administrator to decide.
 */
export function DuplicatesPage({ reference }: { reference: string }) {
  const { s } = useStaffTexts();
  const { api } = useSignedIn();
  const { data, error, retry, replace } = useData(`duplicates:${reference}`, () => api.duplicates(reference));
  const feedback = useFormFeedback();

  if (error) return <LoadError error={error} retry={retry} notFoundText={s.common.applicationNotFound} />;
  if (!data) return <Loading />;
  const { resolution } = data;
  const resolvedWhen = resolution ? rigaDateTime(resolution.at) : undefined;
  return (
    <FeedbackPage title={s.duplicates.title} backHref={staffPaths.application(reference)} feedback={feedback}>
      <Heading>{s.duplicates.title}</Heading>
      <p>{s.duplicates.intro}</p>
      <DuplicatesTable group={data} />
      {resolution && resolvedWhen && (
        <div class="inset" data-testid="resolution">
          <p>
            <strong>{s.duplicates.resolved(resolution.standing)}</strong>
          </p>
          <p class="pre-line">{s.duplicates.resolvedReason(resolution.reason)}</p>
          <p class="hint">
            {s.duplicates.resolvedBy(s.common.by(resolution.by, resolvedWhen.date, resolvedWhen.time))}
          </p>
        </div>
      )}
      {data.applications.length < 2 ? (
        <p>{s.duplicates.onlyOne}</p>
      ) : data.canResolve ? (
        <ResolutionForm reference={reference} group={data} feedback={feedback} onSaved={replace} />
      ) : (
        <p class="notice">{s.duplicates.otherMunicipality}</p>
      )}
    </FeedbackPage>
  );
}

function ResolutionForm({
  reference,
  group,
  feedback,
  onSaved,
}: {
  reference: string;
  group: DuplicatesResponse;
  feedback: FormFeedback;
  onSaved(group: DuplicatesResponse): void;
}) {
  const { s } = useStaffTexts();
  const { api } = useSignedIn();
  const [standing, setStanding] = useState(group.resolution?.standing);
  const [reason, setReason] = useState(group.resolution?.reason ?? '');
  const save = useSave(feedback, onSaved, { form: 'duplicates', fallbackPath: 'duplicates.standing' });

  const check = () => {
    const own: FieldError[] = [];
    if (!standing) own.push(staffRequired('duplicates.standing', (w) => w.duplicates.requiredStanding));
    if (!reason.trim()) own.push(staffRequired('duplicates.reason', (w) => w.duplicates.requiredReason));
    return own;
  };

  return (
    <SaveForm
      save={save}
      check={check}
      send={() => api.resolveDuplicates(reference, { standing: standing ?? '', reason: reason.trim() })}
      submitLabel={s.duplicates.save}
      savedText={s.duplicates.saved}
    >
      <RadioGroup
        {...feedback.bindChoice('duplicates.standing', standing, setStanding)}
        legend={s.duplicates.standingLegend}
        options={group.applications.map((member) => {
          const when = rigaDateTime(member.receivedAt);
          return {
            value: member.reference,
            label: s.duplicates.standingOption(member.reference, s.common.dateTime(when.date, when.time)),
          };
        })}
      />
      <TextArea
        {...feedback.bindText('duplicates.reason', reason, setReason)}
        label={s.duplicates.reason}
        hint={s.duplicates.reasonHint}
      />
    </SaveForm>
  );
}
