import { api as publicApi } from '../../api/client.ts';
import type { Round } from '../../api/types.ts';
import { useData, useSending } from '../../api/use-data.ts';
import { Checkbox } from '../../components/checkbox.tsx';
import { Heading, Page } from '../../components/page.tsx';
import { StepForm } from '../../components/step-form.tsx';
import { TextField } from '../../components/text-field.tsx';
import { navigate } from '../../flow/router.ts';
import { rememberRound } from '../api/use-round.ts';
import { DayField } from '../components/day-field.tsx';
import { FeedbackPage } from '../components/feedback-page.tsx';
import { LoadError, Loading } from '../components/load-state.tsx';
import { showApiError, useFormFeedback } from '../components/use-form-feedback.ts';
import { staffMessage, useStaffTexts } from '../i18n/texts.ts';
import { GroupsField, RuleList } from '../round-editor/rule-lists.tsx';
import {
  CRITERION_BOXES,
  checkRulesForm,
  formOf,
  type ListName,
  MUNICIPALITY_BOXES,
  type RowBox,
  type RowOf,
  rulesListChanges,
  rulesOf,
  withGroup,
} from '../round-editor/rules-form.ts';
import { useListForm } from '../round-editor/use-list-form.ts';
import { staffPaths } from '../routes.ts';
import { useSignedIn } from '../session/session-context.ts';

/** The round whose documents a new round takes over: the documents are not edited on this page. */
const DOCUMENTS_FROM = 'demo';

/**
 * Administrators: `/office/rounds/{roundId}/rules/edit`, the rules of a round whose intake has not opened, or
 * `/office/rounds/new`, a round of their own making. Reads the round afresh (or the demo round, for its
 * documents) and opens the form once it is there.
 */
export function RoundEditorPage({ roundId }: { roundId?: string }) {
  const { s } = useStaffTexts();
  const from = roundId ?? DOCUMENTS_FROM;
  const { data: round, error, retry } = useData(`round:${from}`, () => publicApi.round(from));
  if (error) return <LoadError error={error} retry={retry} />;
  if (!round) return <Loading />;
  if (roundId && round.intakeState !== 'not-yet-open') {
    return (
      <Page title={s.roundEditor.editTitle}>
        <Heading>{s.roundEditor.editTitle}</Heading>
        <p>{s.roundEditor.frozen}</p>
        <p>
          <a href={staffPaths.rules(round.id)}>{s.roundEditor.backToRules}</a>
        </p>
      </Page>
    );
  }
  return <RoundEditor round={roundId ? round : undefined} documents={round.requiredDocuments} />;
}

function RoundEditor({ round, documents }: { round: Round | undefined; documents: Round['requiredDocuments'] }) {
  const { s, language } = useStaffTexts();
  const { api } = useSignedIn();
  const feedback = useFormFeedback();
  const { form, setForm, set, list: listOf } = useListForm(() => formOf(round));
  const { busy, send } = useSending();

  const isNew = round === undefined;
  const title = isNew ? s.roundEditor.newTitle : s.roundEditor.editTitle;
  const w = s.roundEditor;
  const errorOf = feedback.errorOf;
  // A box of the form tied to its path in the request, where the server's error about it is shown.
  const text = (
    path: string,
    name:
      | 'roundId'
      | 'nameLv'
      | 'nameEn'
      | 'whoLv'
      | 'whoEn'
      | 'firstDay'
      | 'lastDay'
      | 'resultsExpectedBy'
      | 'notSelectedDays'
      | 'participantDays'
      | 'draftDays',
  ) => feedback.bindText(path, form[name], (value) => set({ [name]: value }));
  const tick = (path: string, name: 'mentalDisorder' | 'onlineAnswersAreApplication') =>
    feedback.bindTick(path, form[name], (checked) => set({ [name]: checked }));
  const list = <L extends ListName>(name: L, boxes: readonly RowBox<RowOf<L>>[]) =>
    listOf(name, form[name], boxes, rulesListChanges(name));
  const municipalities = list('municipalities', MUNICIPALITY_BOXES);
  const criteria = list('criteria', CRITERION_BOXES);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy || !feedback.passes(checkRulesForm(form, isNew))) return;
    const roundId = isNew ? form.roundId.trim() : round.id;
    const answer = await send(async () => {
      // Saving an id that is taken would replace that round's rules: a new round must have an id of its own.
      if (isNew && (await publicApi.round(roundId)).ok) return 'taken' as const;
      return api.saveRound(roundId, rulesOf(form, documents));
    });
    if (answer === undefined) return;
    if (answer === 'taken') {
      return feedback.fail([
        { path: 'roundId', code: 'ROUND_EXISTS', message: staffMessage((words) => words.roundEditor.roundExists) },
      ]);
    }
    if (!answer.ok) return showApiError(feedback, answer.error, '', 'name.lv');
    rememberRound(answer.data);
    navigate(staffPaths.rules(roundId));
  };

  return (
    <FeedbackPage title={title} backHref={isNew ? staffPaths.home() : staffPaths.rules(round.id)} feedback={feedback}>
      <StepForm
        onSubmit={(event) => void submit(event)}
        busy={busy}
        submitLabel={isNew ? w.create : w.save}
        busyLabel={s.common.saving}
      >
        <Heading>{title}</Heading>
        {round && <p class="lead">{s.queue.roundLine(round.name[language])}</p>}
        <p>{w.intro}</p>

        {isNew && <TextField {...text('roundId', 'roundId')} label={w.roundId} hint={w.roundIdHint} size="medium" />}

        <h2>{w.namesTitle}</h2>
        <TextField {...text('name.lv', 'nameLv')} label={w.nameLv} />
        <TextField {...text('name.en', 'nameEn')} label={w.nameEn} />
        <TextField {...text('whoMayApply.lv', 'whoLv')} label={w.whoLv} />
        <TextField {...text('whoMayApply.en', 'whoEn')} label={w.whoEn} />

        <h2>{w.windowTitle}</h2>
        {(['firstDay', 'lastDay'] as const).map((name) => (
          <DayField key={name} {...text(`window.${name}`, name)} label={w[name]} />
        ))}
        <p>{w.timeZone}</p>
        <DayField {...text('resultsExpectedBy', 'resultsExpectedBy')} label={w.resultsExpectedBy} />

        <h2>{w.whoTitle}</h2>
        <GroupsField
          w={w}
          groups={form.groups}
          error={errorOf}
          onChange={(group, ticked) =>
            setForm((current) => ({ ...current, groups: withGroup(current.groups, group, ticked) }))
          }
        />
        <Checkbox {...tick('requiresMentalDisorder', 'mentalDisorder')} label={w.mentalDisorder} />

        <h2>{w.municipalitiesTitle}</h2>
        <RuleList
          {...municipalities}
          w={w}
          legend={w.municipality}
          removeName={w.removeMunicipality}
          removable={form.municipalities.length > 1}
          errorOf={errorOf}
          addLabel={w.addMunicipality}
        />

        <h2>{w.criteriaTitle}</h2>
        {form.criteria.length === 0 && <p>{w.noCriteria}</p>}
        <RuleList
          {...criteria}
          w={w}
          legend={w.criterion}
          removeName={w.removeCriterion}
          removable
          errorOf={errorOf}
          addLabel={w.addCriterion}
        />

        <h2>{w.retentionTitle}</h2>
        <p>{w.retentionIntro}</p>
        {(
          [
            ['notSelectedDays', w.notSelectedDaysHint],
            ['participantDays', undefined],
            ['draftDays', w.draftDaysHint],
          ] as const
        ).map(([name, hint]) => (
          <TextField
            key={name}
            {...text(`retention.${name}`, name)}
            label={w[name]}
            hint={hint}
            size="short"
            inputMode="numeric"
          />
        ))}

        <h2>{w.documentsTitle}</h2>
        <p>{isNew ? w.documentsNewText : w.documentsText}</p>
        <ul data-testid="required-documents">
          {documents.map((document) => (
            <li key={document.type}>{document.name[language]}</li>
          ))}
        </ul>
        <Checkbox
          {...tick('onlineAnswersAreApplication', 'onlineAnswersAreApplication')}
          label={w.onlineAnswersAreApplication}
        />
      </StepForm>
    </FeedbackPage>
  );
}
