import { useLanguage } from '../app-context.ts';
import { DeadEndPage } from '../components/dead-end-page.tsx';
import { paths } from '../flow/routes.ts';

export function NotFoundPage() {
  const { t } = useLanguage();
  return (
    <DeadEndPage
      title={t.notFound.title}
      text={t.notFound.text}
      link={{ href: paths.rounds(), text: t.notFound.home }}
    />
  );
}
