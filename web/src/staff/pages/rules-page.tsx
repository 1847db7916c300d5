import { DEFAULT_DRAFT_DAYS } from '../../../../shared/domain/draft-days.ts';
import type { Round } from '../../api/types.ts';
import { Page } from '../../components/page.tsx';
import { SummaryList } from '../../components/summary-list.tsx';
import { formatDay } from '../../format/dates.ts';
import { ColumnTable } from '../components/column-table.tsx';
import { RoundHeading } from '../components/round-heading.tsx';
import { useStaffTexts } from '../i18n/texts.ts';
import { staffPaths } from '../routes.ts';
import { useSignedIn } from '../session/session-context.ts';

/** The round's rules as they stand: who may apply, when, with which documents, the places and the criteria. */
export function RulesPage({ round }: { round: Round }) {
  const { s, language } = useStaffTexts();
  const { identity } = useSignedIn();

  return (
    <Page title={s.rules.title}>
      <RoundHeading title={s.rules.title} round={round} nav="rules" />
      <p>{s.rules.intro}</p>
      {identity.role === 'administrator' && round.intakeState === 'not-yet-open' && (
        <p>
          <a href={staffPaths.editRules(round.id)}>{s.rules.editLink}</a>
        </p>
      )}
      <SummaryList
        rows={[
          { label: s.rules.name, value: round.name[language] },
          { label: s.rules.whoMayApply, value: round.whoMayApply[language] },
          {
            label: s.rules.window,
            value: s.rules.windowValue(formatDay(round.window.firstDay), formatDay(round.window.lastDay)),
          },
          { label: s.rules.groups, value: s.rules.groupsValue(round.eligibleDisabilityGroups) },
          { label: s.rules.mentalDisorder, value: round.requiresMentalDisorder ? s.rules.yes : s.rules.no },
          {
            label: s.rules.onlineAnswersAreApplication,
            value: round.onlineAnswersAreApplication ? s.rules.yes : s.rules.no,
          },
          {
            label: s.rules.documents,
            value: round.requiredDocuments.map((document) => document.name[language]).join(', '),
          },
          {
            label: s.rules.retention,
            value: s.rules.retentionValue(
              round.retention.notSelectedDays,
              round.retention.participantDays,
              round.retention.draftDays ?? DEFAULT_DRAFT_DAYS,
            ),
          },
        ]}
      />

      <h2>{s.rules.municipalitiesCaption}</h2>
      <ColumnTable
        columns={[
          { title: s.selection.municipality, rowHeader: true, cell: (row) => row.name[language] },
          { title: s.rules.code, cell: (row) => row.code },
          { title: s.selection.places, numeric: true, cell: (row) => row.cap },
        ]}
        rows={round.municipalities}
        rowKey={(row) => row.code}
        caption={s.rules.municipalitiesCaption}
        captionId="municipalities-caption"
        captionClass="visually-hidden"
      />

      <h2>{s.rules.criteriaTitle}</h2>
      {round.criteria.length === 0 ? (
        <p>{s.rules.noCriteria}</p>
      ) : (
        <ColumnTable
          columns={[
            { title: s.rules.criterion, rowHeader: true, cell: (row) => row.name[language] },
            { title: s.rules.maxPoints, numeric: true, cell: (row) => row.maxPoints },
          ]}
          rows={round.criteria}
          rowKey={(row) => row.id}
          caption={s.rules.criteriaCaption}
          captionId="criteria-caption"
          captionClass="visually-hidden"
        />
      )}

      <h2>{s.rules.selectionTitle}</h2>
      <p>{s.selection.rule}</p>
    </Page>
  );
}
