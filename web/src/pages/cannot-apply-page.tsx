import { useApp } from '../app-context.ts';
import { Heading, Page } from '../components/page.tsx';
import { paths } from '../flow/routes.ts';
import { type Ineligibility, ineligibility, type StepId } from '../flow/steps.ts';

const QUESTION_OF: Record<Ineligibility, StepId> = {
  municipality: 'municipality',
  'group-unknown': 'disability-group',
  group: 'disability-group',
  'mental-disorder': 'mental-disorder',
};

/** Says kindly and specifically why the person cannot apply, and where to turn instead. */
export function CannotApplyPage() {
  const { t, language, round, draft } = useApp();
  const reason = ineligibility(round, draft.answers, 'mental-disorder');
  const question = reason ? QUESTION_OF[reason] : 'municipality';
  const backHref = paths.step(round.id, question);
  const title = reason === 'group-unknown' ? t.cannotApply.groupUnknownTitle : t.cannotApply.title;
  const municipality = round.municipalities.find((candidate) => candidate.code === draft.answers.municipalityCode);

  const why =
    reason === 'municipality'
      ? t.cannotApply.municipality
      : reason === 'group'
        ? t.cannotApply.group(
            t.cannotApply.groups(round.eligibleDisabilityGroups),
            t.disabilityGroup.option(Number(draft.answers.disabilityGroup)),
          )
        : reason === 'group-unknown'
          ? t.cannotApply.groupUnknown
          : reason === 'mental-disorder'
            ? t.cannotApply.mentalDisorder
            : undefined;

  return (
    <Page title={title} backHref={backHref}>
      <Heading>{title}</Heading>
      {why && <p>{why}</p>}
      <p>
        {municipality
          ? t.cannotApply.askNamed(t.cannotApply.socialServiceOf(municipality.name[language]))
          : t.cannotApply.askOwn}
      </p>
      <p>{t.cannotApply.mistake}</p>
      <p>
        <a href={backHref}>{t.cannotApply.changeAnswer}</a>
      </p>
    </Page>
  );
}
