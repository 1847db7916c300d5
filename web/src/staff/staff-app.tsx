import type { JSX } from 'preact';
import { useEffect } from 'preact/hooks';
import type { Round } from '../api/types.ts';
import { LanguageContext, type LanguageState, useLanguage } from '../app-context.ts';
import type { Location } from '../flow/router.ts';
import { navigate } from '../flow/router.ts';
import { FlashMessage } from './components/flash-message.tsx';
import { AdministratorsOnly, NotForYou } from './components/load-state.tsx';
import { StaffLayout } from './components/staff-layout.tsx';
import { WithRound } from './components/with-round.tsx';
import { staffTexts } from './i18n/texts.ts';
import { ApplicationPage } from './pages/application-page.tsx';
import { ApplicationStepPage } from './pages/application-step-page.tsx';
import { AuditPage } from './pages/audit-page.tsx';
import { DashboardPage } from './pages/dashboard-page.tsx';
import { DuplicatesPage } from './pages/duplicates-page.tsx';
import { ExportPage } from './pages/export-page.tsx';
import { IntakePage } from './pages/intake-page.tsx';
import { PaperCheckPage } from './pages/paper-check-page.tsx';
import { PaperDetailsPage } from './pages/paper-details-page.tsx';
import { PaperDocumentsPage } from './pages/paper-documents-page.tsx';
import { ParticipantsPage } from './pages/participants-page.tsx';
import { PersonalDataPage } from './pages/personal-data-page.tsx';
import { PersonalDetailsPage } from './pages/personal-details-page.tsx';
import { PlanPage } from './pages/plan-page.tsx';
import { ProcessingRecordPage } from './pages/processing-record-page.tsx';
import { ProtocolPage } from './pages/protocol-page.tsx';
import { QueuePage } from './pages/queue-page.tsx';
import { RetentionPage } from './pages/retention-page.tsx';
import { RoundEditorPage } from './pages/round-editor-page.tsx';
import { StaffRoundsPage } from './pages/rounds-page.tsx';
import { RulesPage } from './pages/rules-page.tsx';
import { SelectionPage } from './pages/selection-page.tsx';
import { ServiceYearDashboardPage } from './pages/service-year-dashboard-page.tsx';
import { EditServiceYearPage } from './pages/service-year-editor-page.tsx';
import { ServiceYearPage } from './pages/service-year-page.tsx';
import { SignInPage } from './pages/sign-in-page.tsx';
import { type PaperStep, parseStaffRoute, type StaffRoute, staffPaths } from './routes.ts';
import { SessionContext, useSession } from './session/session-context.ts';
import { rememberReturnTo } from './session/token-storage.ts';
import { useSessionState } from './session/use-session-state.ts';

/**
 * The staff pages: sign-in, then the rounds, queues, applications, the selection and the audit log. Every page but sign-in
 * needs a session; without one, the page's address is remembered and the sign-in page opens.
 */
export function StaffApp({ location }: { location: Location }) {
  const language = useLanguage();
  const sessionState = useSessionState();
  // The shared page frame names the service in every <title>: here it is the staff service's name.
  const staffLanguage: LanguageState = {
    ...language,
    t: {
      ...language.t,
      common: { ...language.t.common, serviceName: staffTexts[language.language].common.serviceName },
    },
  };
  const route = parseStaffRoute(location.pathname);
  const pageKey = `${location.pathname}${location.search}`;
  return (
    <LanguageContext.Provider value={staffLanguage}>
      <SessionContext.Provider value={sessionState}>
        <StaffLayout>
          <FlashMessage key={pageKey} />
          <StaffPage key={pageKey} route={route} />
        </StaffLayout>
      </SessionContext.Provider>
    </LanguageContext.Provider>
  );
}

/** The pages about one round as it is read: each is shown once the round is there. */
const ROUND_PAGES = {
  queue: QueuePage,
  export: ExportPage,
  protocol: ProtocolPage,
  rules: RulesPage,
  participants: ParticipantsPage,
  'service-year': ServiceYearPage,
  'edit-service-year': EditServiceYearPage,
  'service-year-dashboard': ServiceYearDashboardPage,
} satisfies Partial<Record<StaffRoute['page'], (props: { round: Round }) => JSX.Element>>;

/** The pages about one round that read what they need of it themselves. */
const ROUND_ID_PAGES = {
  selection: SelectionPage,
  dashboard: DashboardPage,
  intake: IntakePage,
  'edit-rules': RoundEditorPage,
} satisfies Partial<Record<StaffRoute['page'], (props: { roundId: string }) => JSX.Element>>;

/** The pages about one application, by its reference. */
const APPLICATION_PAGES = {
  application: ApplicationPage,
  duplicates: DuplicatesPage,
  retention: RetentionPage,
  plan: PlanPage,
  'personal-details': PersonalDetailsPage,
} satisfies Partial<Record<StaffRoute['page'], (props: { reference: string }) => JSX.Element>>;

/** The pages about no one round or application. */
const OTHER_PAGES = {
  home: StaffRoundsPage,
  'new-round': RoundEditorPage,
  audit: AuditPage,
  'processing-record': ProcessingRecordPage,
  'personal-data': PersonalDataPage,
} satisfies Partial<Record<StaffRoute['page'], (props: Record<string, never>) => JSX.Element>>;

/** Whether the address names one of the pages of `table`. */
function isPageOf<Table extends object>(
  table: Table,
  route: StaffRoute,
): route is Extract<StaffRoute, { page: keyof Table }> {
  return Object.hasOwn(table, route.page);
}

/** The pages only administrators may open: anyone else is told so, and nothing is read for them. */
const FOR_ADMINISTRATORS: ReadonlySet<StaffRoute['page']> = new Set<StaffRoute['page']>([
  'dashboard',
  'intake',
  'edit-rules',
  'new-round',
  'edit-service-year',
  'service-year-dashboard',
  'processing-record',
]);

function StaffPage({ route }: { route: StaffRoute }) {
  const { session } = useSession();
  const needsSignIn = route.page !== 'sign-in' && !session;
  const signedInOnSignIn = route.page === 'sign-in' && session;

  useEffect(() => {
    if (needsSignIn) {
      rememberReturnTo(`${window.location.pathname}${window.location.search}`);
      navigate(staffPaths.signIn(), { replace: true });
    } else if (signedInOnSignIn) navigate(staffPaths.home(), { replace: true });
  }, [needsSignIn, signedInOnSignIn]);

  if (route.page === 'sign-in') return session ? null : <SignInPage />;
  if (!session) return null;
  const page = pageOf(route);
  return FOR_ADMINISTRATORS.has(route.page) ? <AdministratorsOnly>{page}</AdministratorsOnly> : page;
}

/** The page an address names, for someone signed in. */
function pageOf(route: Exclude<StaffRoute, { page: 'sign-in' }>) {
  if (isPageOf(ROUND_PAGES, route)) {
    const RoundPage = ROUND_PAGES[route.page];
    return <WithRound roundId={route.roundId}>{(round) => <RoundPage round={round} />}</WithRound>;
  }
  if (isPageOf(ROUND_ID_PAGES, route)) {
    const RoundIdPage = ROUND_ID_PAGES[route.page];
    return <RoundIdPage roundId={route.roundId} />;
  }
  if (isPageOf(APPLICATION_PAGES, route)) {
    const ApplicationPartPage = APPLICATION_PAGES[route.page];
    return <ApplicationPartPage reference={route.reference} />;
  }
  if (isPageOf(OTHER_PAGES, route)) {
    const OtherPage = OTHER_PAGES[route.page];
    return <OtherPage />;
  }
  switch (route.page) {
    case 'paper':
      return <PaperPages roundId={route.roundId} step={route.step} />;
    case 'application-step':
      return <ApplicationStepPage reference={route.reference} step={route.step} />;
    default:
      return <NotForYou />;
  }
}

/** Registering a paper application is a social worker's task: the municipality comes from their sign-in. */
function PaperPages({ roundId, step }: { roundId: string; step: PaperStep }) {
  const { session } = useSession();
  const { language } = useLanguage();
  if (session?.identity.role !== 'social-worker') {
    return <NotForYou text={staffTexts[language].paper.socialWorkersOnly} />;
  }
  return (
    <WithRound roundId={roundId}>
      {(round) =>
        step === 'documents' ? (
          <PaperDocumentsPage round={round} />
        ) : step === 'check' ? (
          <PaperCheckPage round={round} />
        ) : (
          <PaperDetailsPage round={round} />
        )
      }
    </WithRound>
  );
}
