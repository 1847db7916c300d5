import { useState } from 'preact/hooks';
import type { Round } from '../../api/types.ts';
import { useData } from '../../api/use-data.ts';
import { Page } from '../../components/page.tsx';
import { takeFlash } from '../components/flash.ts';
import { LoadError, Loading } from '../components/load-state.tsx';
import { RoundHeading } from '../components/round-heading.tsx';
import { useStaffTexts } from '../i18n/texts.ts';
import { staffPaths } from '../routes.ts';
import { YearView } from '../service-year/year-view.tsx';
import { useSignedIn } from '../session/session-context.ts';

/**
 * `/office/rounds/{roundId}/service-year`: the round's year of services, for everyone on staff (a social worker
 * sees the providers of their own municipality); administrators find the link to change it here.
 */
export function ServiceYearPage({ round }: { round: Round }) {
  const { s, language } = useStaffTexts();
  const { api, identity } = useSignedIn();
  const [flash] = useState(takeFlash);
  const { data, error, retry } = useData(`service-year:${round.id}`, () => api.serviceYear(round.id));
  const w = s.serviceYear;
  if (error) return <LoadError error={error} retry={retry} />;
  if (!data) return <Loading />;
  const isAdministrator = identity.role === 'administrator';
  const year = data.serviceYear;

  return (
    <Page title={w.title}>
      {flash && (
        <p class="success" role="status">
          {flash[language]}
        </p>
      )}
      <RoundHeading title={w.title} round={round} nav="service-year" />
      <p>{w.intro}</p>
      <p class="notice">{w.pricesNote}</p>
      {!isAdministrator && year && <p>{w.socialWorkerProviders}</p>}
      {isAdministrator && (
        <p>
          <a href={staffPaths.editServiceYear(round.id)}>{year ? w.editLink : w.setUpLink}</a>
        </p>
      )}
      {year ? <YearView round={round} year={year} /> : <p data-testid="year-not-set">{w.notSet}</p>}
    </Page>
  );
}
