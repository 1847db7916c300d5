import type { ComponentChildren, ComponentType } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { api } from './api/client.ts';
import type { ApiError, Language, Round } from './api/types.ts';
import { useData } from './api/use-data.ts';
import { LanguageContext, type LanguageState, type Receipt, RoundContext, useLanguage } from './app-context.ts';
import { Layout } from './components/layout.tsx';
import { Heading, Page } from './components/page.tsx';
import { type Draft, newDraft } from './draft/draft.ts';
import { clearDraft, loadDraft, loadLanguage, saveDraft, saveLanguage } from './draft/storage.ts';
import { useLocation } from './flow/router.ts';
import { parseRoute, type Route } from './flow/routes.ts';
import type { StepId } from './flow/steps.ts';
import { texts } from './i18n/texts.ts';
import { LazyStaffApp } from './office/lazy-staff-app.tsx';
import { isStaffPath } from './office/office-path.ts';
import { CannotApplyPage } from './pages/cannot-apply-page.tsx';
import { CheckPage } from './pages/check-page.tsx';
import { ConsentPage } from './pages/consent-page.tsx';
import { ContactPage } from './pages/contact-page.tsx';
import { ContinuePage } from './pages/continue-page.tsx';
import { DisabilityGroupPage } from './pages/disability-group-page.tsx';
import { DocumentsPage } from './pages/documents-page.tsx';
import { DonePage } from './pages/done-page.tsx';
import { LinkRequestPage } from './pages/link-request-page.tsx';
import { MentalDisorderPage } from './pages/mental-disorder-page.tsx';
import { MunicipalityPage } from './pages/municipality-page.tsx';
import { NotFoundPage } from './pages/not-found-page.tsx';
import { PersonPage } from './pages/person-page.tsx';
import { PlanPage } from './pages/plan-page.tsx';
import { PrivacyPage } from './pages/privacy-page.tsx';
import { RepresentativePage } from './pages/representative-page.tsx';
import { RoundsPage } from './pages/rounds-page.tsx';
import { SavedPage } from './pages/saved-page.tsx';
import { StartPage } from './pages/start-page.tsx';
import { StatusPage } from './pages/status-page.tsx';
import { WhoPage } from './pages/who-page.tsx';

/** The addresses of one round's pages. */
type RoundRoute = Extract<Route, { roundId: string }>;

const STEP_PAGES: Record<StepId, ComponentType> = {
  municipality: MunicipalityPage,
  'disability-group': DisabilityGroupPage,
  'mental-disorder': MentalDisorderPage,
  who: WhoPage,
  representative: RepresentativePage,
  person: PersonPage,
  contact: ContactPage,
  consent: ConsentPage,
  documents: DocumentsPage,
  check: CheckPage,
};

export function App() {
  const location = useLocation();
  const route = parseRoute(location.pathname);
  const [language, setLanguageState] = useState<Language>(() => loadLanguage() ?? 'lv');
  const [receipt, setReceipt] = useState<Receipt | undefined>(undefined);

  // Before the browser paints, so a screen reader never reads new words with the old language's voice.
  useLayoutEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const state: LanguageState = {
    language,
    t: texts[language],
    setLanguage: (chosen) => {
      saveLanguage(chosen);
      setLanguageState(chosen);
    },
    receipt,
    setReceipt,
  };

  // The staff pages have their own frame, sign-in and words; they share the language and the router.
  if (isStaffPath(location.pathname)) {
    return (
      <LanguageContext.Provider value={state}>
        <LazyStaffApp location={location} />
      </LanguageContext.Provider>
    );
  }

  // Keyed by the address, so each page starts fresh and its focus handling runs once per visit.
  const pageKey = `${location.pathname}${location.search}`;
  return (
    <LanguageContext.Provider value={state}>
      <Layout>
        {route.page === 'rounds' && <RoundsPage key={pageKey} />}
        {route.page === 'status' && <StatusPage key={pageKey} />}
        {route.page === 'link-request' && <LinkRequestPage key={pageKey} />}
        {route.page === 'plan' && <PlanPage key={pageKey} />}
        {route.page === 'not-found' && <NotFoundPage key={pageKey} />}
        {'roundId' in route && (
          <RoundPages roundId={route.roundId}>
            <RoundPage key={pageKey} route={route} />
          </RoundPages>
        )}
      </Layout>
    </LanguageContext.Provider>
  );
}

/** The pages of a round besides its steps, by the page its address names. */
const ROUND_PAGES: Record<Exclude<RoundRoute['page'], 'step'>, ComponentType> = {
  start: StartPage,
  'cannot-apply': CannotApplyPage,
  done: DonePage,
  continue: ContinuePage,
  saved: SavedPage,
  privacy: PrivacyPage,
};

function RoundPage({ route }: { route: RoundRoute }) {
  const Shown = route.page === 'step' ? STEP_PAGES[route.step] : ROUND_PAGES[route.page];
  return <Shown />;
}

/** Rounds already read in this visit: moving between steps should not wait for the network. */
const roundCache = new Map<string, Round>();

async function readRound(roundId: string) {
  const answer = await api.round(roundId);
  if (answer.ok) roundCache.set(roundId, answer.data);
  return answer;
}

/** Loads the round and holds the answers of its draft for every page of the round. */
function RoundPages({ roundId, children }: { roundId: string; children: ComponentChildren }) {
  const { data: round, error, retry } = useData(roundId, () => readRound(roundId), roundCache.get(roundId));
  const [stored, setStored] = useState<Draft | undefined>(loadDraft);
  // Until the first answer is given, a draft for this round lives only here; its key is made once.
  const fresh = useRef<Draft>(newDraft(roundId));
  if (fresh.current.roundId !== roundId) fresh.current = newDraft(roundId);

  if (error) return <RoundError error={error} retry={retry} />;
  if (!round || round.id !== roundId) return <Loading />;

  const draft = stored?.roundId === roundId ? stored : fresh.current;
  return (
    <RoundContext.Provider
      value={{
        round,
        draft,
        updateDraft: (change) =>
          setStored((previous) => {
            const next = change(previous?.roundId === roundId ? previous : fresh.current);
            saveDraft(next);
            return next;
          }),
        discardDraft: () => {
          clearDraft();
          // A next application (e.g. for another person) gets a new idempotency key.
          fresh.current = newDraft(roundId);
          setStored(undefined);
        },
      }}
    >
      {children}
    </RoundContext.Provider>
  );
}

function Loading() {
  const { t } = useLanguage();
  return <p role="status">{t.common.loading}</p>;
}

function RoundError({ error, retry }: { error: ApiError; retry(): void }) {
  const { t, language } = useLanguage();
  return (
    <Page title={t.common.roundLoadError}>
      <Heading>{t.common.roundLoadError}</Heading>
      <p>{error.message[language]}</p>
      {error.code === 'NETWORK' || error.status >= 500 ? (
        <button type="button" class="button" onClick={retry}>
          {t.common.tryAgain}
        </button>
      ) : (
        <p>
          <a href="/">{t.notFound.home}</a>
        </p>
      )}
    </Page>
  );
}
