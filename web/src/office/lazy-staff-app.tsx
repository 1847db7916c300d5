import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useLanguage } from '../app-context.ts';
import type { Location } from '../flow/router.ts';

/** What the staff app's chunk offers; written out, so nothing of the staff code is imported here, not even a type. */
interface StaffModule {
  StaffApp: ComponentType<{ location: Location }>;
}

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
    loading ??= import('../staff/staff-app.tsx');
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
