import type { Round } from '../../api/types.ts';
import { useData } from '../../api/use-data.ts';
import { municipalityName } from '../api/use-round.ts';
import { ColumnTable } from '../components/column-table.tsx';
import { InlineLoadError, Loading } from '../components/load-state.tsx';
import { type ChosenMunicipality, MunicipalityPage } from '../components/municipality-page.tsx';
import { useFormFeedback } from '../components/use-form-feedback.ts';
import { useStaffTexts } from '../i18n/texts.ts';
import { useEuro } from '../plans/money.ts';
import { planStateText } from '../plans/plan-state.ts';
import type { Participant } from '../plans/plan-types.ts';
import { staffPaths } from '../routes.ts';
import { useSignedIn } from '../session/session-context.ts';

/**
 * The round's participants in one municipality, by rank: where each one's plan stands and its money, with a link
 * to the plan. Social workers see their own municipality; administrators choose one.
 */
export function ParticipantsPage({ round }: { round: Round }) {
  const { s } = useStaffTexts();
  const feedback = useFormFeedback();
  return (
    <MunicipalityPage
      title={s.plans.participantsTitle}
      round={round}
      feedback={feedback}
      chooseHref={(code) => staffPaths.participants(round.id, code)}
      nav="participants"
      intro={<p>{s.plans.participantsIntro}</p>}
    >
      {(chosen) => <Participants round={round} chosen={chosen} />}
    </MunicipalityPage>
  );
}

function Participants({ round, chosen }: { round: Round; chosen: ChosenMunicipality }) {
  const { s, language } = useStaffTexts();
  const { api } = useSignedIn();
  const euro = useEuro();
  const { municipality, forAdministrator } = chosen;
  const { data, error, retry } = useData(`participants:${round.id}:${municipality}`, () =>
    api.participants(round.id, forAdministrator),
  );
  if (error) return <InlineLoadError error={error} retry={retry} />;
  if (!data) return <Loading />;
  const money = (cents: number | undefined) => (cents === undefined ? s.common.notGiven : euro(cents));
  return (
    <>
      {!data.serviceYearSet && (
        <p class="notice" data-testid="no-service-year">
          {s.plans.noServiceYear}
        </p>
      )}
      {data.participants.length === 0 ? (
        <p data-testid="no-participants">{s.plans.noParticipants}</p>
      ) : (
        <ColumnTable
          captionId="participants-caption"
          captionClass="table-caption"
          caption={s.plans.participantsCaption(municipalityName(round, municipality, language))}
          rows={data.participants}
          rowKey={(participant) => participant.reference}
          testId="participants"
          columns={[
            {
              title: s.plans.reference,
              rowHeader: true,
              nowrap: true,
              cell: (participant: Participant) => (
                <a href={staffPaths.plan(participant.reference)}>{participant.reference}</a>
              ),
            },
            { title: s.plans.name, cell: (participant) => `${participant.firstName} ${participant.lastName}` },
            { title: s.plans.rank, numeric: true, cell: (participant) => participant.rank ?? '' },
            { title: s.plans.planState, cell: (participant) => planStateText(s, participant.plan) },
            { title: s.plans.budget, numeric: true, cell: (participant) => money(participant.budgetCents) },
            { title: s.plans.committed, numeric: true, cell: (participant) => euro(participant.committedCents) },
            { title: s.plans.spent, numeric: true, cell: (participant) => euro(participant.spentCents) },
          ]}
        />
      )}
    </>
  );
}
