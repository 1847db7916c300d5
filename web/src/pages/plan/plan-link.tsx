import { useLanguage } from '../../app-context.ts';
import { paths } from '../../flow/routes.ts';

/** On the status page of a selected person: the way to their support plan. */
export function PlanLink() {
  const { t } = useLanguage();
  return (
    <>
      <h3>{t.plan.statusTitle}</h3>
      <p>{t.plan.statusText}</p>
      <p>
        <a href={paths.plan()}>{t.plan.statusLink}</a>
      </p>
    </>
  );
}
