import type { ComponentChildren } from 'preact';
import { rigaDateTime } from '../../format/dates.ts';
import type { MunicipalityResult } from '../api/types.ts';
import { TableWrap } from '../components/table-wrap.tsx';
import { useStaffTexts } from '../i18n/texts.ts';
import { staffPaths } from '../routes.ts';

/**
 * One municipality's result as it stands now: the selected by rank, the waiting list in order, those who take no
 * part and why, and, after publication, each withdrawal with whom it passed the place to. Application numbers
 * and points only; each number leads to its application.
 */
export function MunicipalityResultView({ part, name }: { part: MunicipalityResult; name: string }) {
  const { s } = useStaffTexts();
  const { result, promotions } = part;
  const id = `result-${part.municipalityCode}`;
  const when = (instant: string) => {
    const at = rigaDateTime(instant);
    return s.common.dateTime(at.date, at.time);
  };
  const points = (score: number | null) => (score === null ? s.selection.noPoints : String(score));
  const reference = (value: string) => <a href={staffPaths.application(value)}>{value}</a>;

  return (
    <section class="review-section" aria-labelledby={`${id}-title`} data-testid="municipality-result">
      <h2 id={`${id}-title`}>{name}</h2>
      <p>{s.selection.placesLine(result.selected.length, result.cap)}</p>

      <h3>{s.selection.selectedTitle}</h3>
      {result.selected.length === 0 ? (
        <p>{s.selection.noneSelected}</p>
      ) : (
        <ResultTable id={`${id}-selected`} caption={s.selection.selectedCaption} testId="selected">
          <thead>
            <tr>
              <th scope="col" class="numeric">
                {s.selection.rank}
              </th>
              <th scope="col">{s.selection.reference}</th>
              <th scope="col" class="numeric">
                {s.selection.points}
              </th>
              <th scope="col">{s.selection.received}</th>
            </tr>
          </thead>
          <tbody>
            {result.selected.map((entry) => (
              <tr key={entry.reference}>
                <td class="numeric">{entry.rank}</td>
                <th scope="row">{reference(entry.reference)}</th>
                <td class="numeric">{points(entry.totalScore)}</td>
                <td class="nowrap">{when(entry.receivedAt)}</td>
              </tr>
            ))}
          </tbody>
        </ResultTable>
      )}

      <h3>{s.selection.waitlistTitle}</h3>
      {result.waitlisted.length === 0 ? (
        <p>{s.selection.noneWaiting}</p>
      ) : (
        <ResultTable id={`${id}-waitlisted`} caption={s.selection.waitlistCaption} testId="waitlisted">
          <thead>
            <tr>
              <th scope="col" class="numeric">
                {s.selection.position}
              </th>
              <th scope="col">{s.selection.reference}</th>
              <th scope="col" class="numeric">
                {s.selection.points}
              </th>
              <th scope="col">{s.selection.received}</th>
            </tr>
          </thead>
          <tbody>
            {result.waitlisted.map((entry) => (
              <tr key={entry.reference}>
                <td class="numeric">{entry.position}</td>
                <th scope="row">{reference(entry.reference)}</th>
                <td class="numeric">{points(entry.totalScore)}</td>
                <td class="nowrap">{when(entry.receivedAt)}</td>
              </tr>
            ))}
          </tbody>
        </ResultTable>
      )}

      <h3>{s.selection.excludedTitle}</h3>
      {result.excluded.length === 0 ? (
        <p>{s.selection.noneExcluded}</p>
      ) : (
        <ResultTable id={`${id}-excluded`} caption={s.selection.excludedCaption} testId="excluded">
          <thead>
            <tr>
              <th scope="col">{s.selection.reference}</th>
              <th scope="col">{s.selection.reason}</th>
              <th scope="col" class="numeric">
                {s.selection.points}
              </th>
              <th scope="col">{s.selection.received}</th>
            </tr>
          </thead>
          <tbody>
            {result.excluded.map((entry) => (
              <tr key={entry.reference}>
                <th scope="row">{reference(entry.reference)}</th>
                <td>{s.selection.reasons[entry.reason]}</td>
                <td class="numeric">{entry.totalScore ?? s.queue.noScore}</td>
                <td class="nowrap">{when(entry.receivedAt)}</td>
              </tr>
            ))}
          </tbody>
        </ResultTable>
      )}

      {promotions.length > 0 && (
        <>
          <h3>{s.selection.promotionsTitle}</h3>
          <ResultTable id={`${id}-promotions`} caption={s.selection.promotionsCaption} testId="promotions">
            <thead>
              <tr>
                <th scope="col">{s.selection.when}</th>
                <th scope="col">{s.selection.withdrawn}</th>
                <th scope="col">{s.selection.promoted}</th>
                <th scope="col">{s.selection.recordedBy}</th>
              </tr>
            </thead>
            <tbody>
              {promotions.map((promotion) => (
                <tr key={`${promotion.withdrawn}-${promotion.at}`}>
                  <td class="nowrap">{when(promotion.at)}</td>
                  <td>{reference(promotion.withdrawn)}</td>
                  <td>{promotion.promoted ? reference(promotion.promoted) : s.selection.nobody}</td>
                  <td>{promotion.by}</td>
                </tr>
              ))}
            </tbody>
          </ResultTable>
        </>
      )}
    </section>
  );
}

/** A table of the result under its own heading: the caption names it for screen readers only. */
function ResultTable({
  id,
  caption,
  testId,
  children,
}: {
  id: string;
  caption: string;
  testId: string;
  children: ComponentChildren;
}) {
  return (
    <TableWrap captionId={`${id}-caption`}>
      <table class="table" data-testid={testId}>
        <caption id={`${id}-caption`} class="visually-hidden">
          {caption}
        </caption>
        {children}
      </table>
    </TableWrap>
  );
}
