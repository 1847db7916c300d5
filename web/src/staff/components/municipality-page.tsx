import type { ComponentChildren } from 'preact';
import type { Round } from '../../api/types.ts';
import { navigate, useLocation } from '../../flow/router.ts';
import { municipalityName } from '../api/use-round.ts';
import { useStaffTexts } from '../i18n/texts.ts';
import { useSignedIn } from '../session/session-context.ts';
import { FeedbackPage } from './feedback-page.tsx';
import { MunicipalityPicker } from './municipality-picker.tsx';
import { RoundHeading } from './round-heading.tsx';
import type { RoundNavPage } from './round-nav.tsx';
import type { FormFeedback } from './use-form-feedback.ts';

/** The municipality a round's page is about, once it is known. */
export interface ChosenMunicipality {
  municipality: string;
  /**
   * The municipality to name in the page's links and requests: an administrator's choice. A social worker's is
   * the one of their sign-in, which the API knows, so it is not named.
   */
  forAdministrator: string | undefined;
}

/**
 * Whose applications a round's page is about: for administrators the municipality the address names
 * (`?municipality=`), none until they choose one; for social workers their own.
 */
function useChosenMunicipality() {
  const { identity } = useSignedIn();
  const location = useLocation();
  const isAdministrator = identity.role === 'administrator';
  const municipality = isAdministrator
    ? (new URLSearchParams(location.search).get('municipality') ?? undefined)
    : identity.municipalityCode;
  return { isAdministrator, municipality, forAdministrator: isAdministrator ? municipality : undefined };
}

interface MunicipalityPageProps {
  title: string;
  round: Round;
  feedback: FormFeedback;
  /** Where the page stands for a municipality an administrator chooses. */
  chooseHref(code: string): string;
  /** Where "Back" leads, given the municipality the address names (an administrator's choice, if made). */
  backHref?(forAdministrator: string | undefined): string;
  /** The round's navigation, with this page marked. */
  nav?: RoundNavPage;
  /** Before the choice of municipality. */
  intro?: ComponentChildren;
  /** The page is made to be printed: the choice of municipality stays off the paper. */
  printed?: boolean;
  /** What the page shows about the municipality, once there is one. */
  children(chosen: ChosenMunicipality): ComponentChildren;
}

/**
 * A round's page about one municipality: the title, the round and municipality it is about, and, for
 * administrators, the choice of municipality, which leads to the page for the one chosen.
 */
export function MunicipalityPage({
  title,
  round,
  feedback,
  chooseHref,
  backHref,
  nav,
  intro,
  printed = false,
  children,
}: MunicipalityPageProps) {
  const { s, language } = useStaffTexts();
  const { isAdministrator, municipality, forAdministrator } = useChosenMunicipality();
  const picker = isAdministrator && (
    <MunicipalityPicker
      round={round}
      chosen={municipality}
      error={feedback.errorOf('municipality')}
      onMissing={(errors) => feedback.fail(errors)}
      onChoose={(code) => {
        feedback.clear();
        navigate(chooseHref(code));
      }}
    />
  );
  return (
    <FeedbackPage title={title} backHref={backHref?.(forAdministrator)} feedback={feedback}>
      <RoundHeading title={title} round={round} nav={nav}>
        {municipality && <> {s.queue.municipalityLine(municipalityName(round, municipality, language))}</>}
      </RoundHeading>
      {intro}
      {picker && printed ? <div class="no-print">{picker}</div> : picker}
      {municipality && children({ municipality, forAdministrator })}
    </FeedbackPage>
  );
}
