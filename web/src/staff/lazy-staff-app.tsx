import { useEffect, useState } from 'preact/hooks';
import { useLanguage } from '../app-context.ts';
import type { Location } from '../flow/router.ts';

type StaffModule = typeof import('./staff-app.tsx');

let loading: Promise<StaffModule> | undefined;

/**
 * The staff pages load only when a staff address is opened: people applying on a phone never download the code
 * for queues, reviews and the audit log.
 */
export function LazyStaffApp({ location }: { location: Location }) {
  const { t } = useLanguage();
  const [staff, setStaff] = useState<StaffModule | undefined>(undefined);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    loading ??= import('./staff-app.tsx');
    loading.then(setStaff, () => {
      loading = undefined;
      setFailed(true);
    });
  }, []);
  if (failed) {
    return (
      <p role="alert">
        {t.common.networkError}{' '}
        <button type="button" class="button" onClick={() => window.location.reload()}>
          {t.common.tryAgain}
        </button>
      </p>
    );
  }
  if (!staff) return <p role="status">{t.common.loading}</p>;
  return <staff.StaffApp location={location} />;
}
