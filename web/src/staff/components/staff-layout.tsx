import type { ComponentChildren } from 'preact';
import { SiteFrame } from '../../components/layout.tsx';
import { useMunicipalityNames } from '../api/use-round.ts';
import { useStaffTexts } from '../i18n/texts.ts';
import { staffPaths } from '../routes.ts';
import { useSession } from '../session/session-context.ts';

/**
 * The frame of the staff pages: the applicant pages' header, then a bar that says who is signed in (name, role,
 * municipality) with the way out, and a wider column, because queues and comparisons are tables.
 */
export function StaffLayout({ children }: { children: ComponentChildren }) {
  const { s } = useStaffTexts();
  return (
    <SiteFrame
      wide
      home={staffPaths.home()}
      serviceName={s.common.serviceName}
      footer={s.common.footer}
      belowHeader={<SignedInBar />}
    >
      {children}
    </SiteFrame>
  );
}

function SignedInBar() {
  const { s, language } = useStaffTexts();
  const { session, signOut } = useSession();
  const identity = session?.identity;
  const nameOf = useMunicipalityNames(language);
  if (!identity) return null;
  return (
    <div class="staff-bar">
      <div class="container container-wide staff-bar-inner">
        <nav aria-label={s.common.navLabel}>
          <ul class="staff-nav">
            <li>
              <a href={staffPaths.home()}>{s.common.navRounds}</a>
            </li>
            {identity.role === 'administrator' && (
              <li>
                <a href={staffPaths.audit()}>{s.common.navAudit}</a>
              </li>
            )}
            {identity.role === 'administrator' && (
              <li>
                <a href={staffPaths.processingRecord()}>{s.records.navLink}</a>
              </li>
            )}
            <li>
              <a href={staffPaths.personalData()}>{s.dataRequests.navLink}</a>
            </li>
          </ul>
        </nav>
        <p class="staff-who" data-testid="signed-in">
          {s.common.signedInAs} <strong>{identity.displayName}</strong> ({s.common.roles[identity.role]},{' '}
          {identity.municipalityCode ? nameOf(identity.municipalityCode) : s.common.allMunicipalities})
        </p>
        <button type="button" class="button button-secondary button-small" onClick={signOut}>
          {s.common.signOut}
        </button>
      </div>
    </div>
  );
}
