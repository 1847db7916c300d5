import { useLocation } from '../../flow/router.ts';
import { useStaffTexts } from '../i18n/texts.ts';
import { staffPaths } from '../routes.ts';
import { useSignedIn } from '../session/session-context.ts';

export type RoundNavPage =
  | 'queue'
  | 'dashboard'
  | 'selection'
  | 'protocol'
  | 'intake'
  | 'rules'
  | 'participants'
  | 'service-year'
  | 'service-year-dashboard';

/**
 * The pages of one round, in the same order on each of them: the applications, the overview and intake dates
 * (administrators), the selection, its protocol, the rules, then the year of services after the selection: its participants, its rules and
 * its budgets and results (administrators). The one open now is marked as current: as the
 * current page when its address is exactly this one, else as the current item (a filtered queue, a chosen
 * municipality), so that the page's own filter links keep the only "current page".
 */
export function RoundNav({ roundId, current }: { roundId: string; current: RoundNavPage }) {
  const { s } = useStaffTexts();
  const { identity } = useSignedIn();
  const location = useLocation();
  const here = `${location.pathname}${location.search}`;
  const isAdministrator = identity.role === 'administrator';
  const links: { page: RoundNavPage; href: string; label: string; forAdministrators?: boolean }[] = [
    { page: 'queue', href: staffPaths.queue(roundId), label: s.roundNav.queue },
    { page: 'dashboard', href: staffPaths.dashboard(roundId), label: s.roundNav.dashboard, forAdministrators: true },
    { page: 'selection', href: staffPaths.selection(roundId), label: s.roundNav.selection },
    { page: 'protocol', href: staffPaths.protocol(roundId), label: s.roundNav.protocol },
    { page: 'intake', href: staffPaths.intake(roundId), label: s.roundNav.intake, forAdministrators: true },
    { page: 'rules', href: staffPaths.rules(roundId), label: s.roundNav.rules },
    { page: 'participants', href: staffPaths.participants(roundId), label: s.plans.navLink },
    { page: 'service-year', href: staffPaths.serviceYear(roundId), label: s.serviceYear.navYear },
    {
      page: 'service-year-dashboard',
      href: staffPaths.serviceYearDashboard(roundId),
      label: s.serviceYear.navDashboard,
      forAdministrators: true,
    },
  ];
  return (
    <nav class="round-nav" aria-label={s.roundNav.label}>
      <ul class="round-nav-list">
        {links
          .filter((link) => isAdministrator || !link.forAdministrators)
          .map((link) => (
            <li key={link.page}>
              <a
                href={link.href}
                class={link.page === current ? 'round-nav-link round-nav-current' : 'round-nav-link'}
                aria-current={link.page === current ? (link.href === here ? 'page' : 'true') : undefined}
              >
                {link.label}
              </a>
            </li>
          ))}
      </ul>
    </nav>
  );
}
