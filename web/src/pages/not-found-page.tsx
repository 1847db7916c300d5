import { useLanguage } from '../app-context.ts';
import { Heading, Page } from '../components/page.tsx';
import { paths } from '../flow/routes.ts';

export function NotFoundPage() {
  const { t } = useLanguage();
  return (
    <Page title={t.notFound.title}>
      <Heading>{t.notFound.title}</Heading>
      <p>{t.notFound.text}</p>
      <p>
        <a href={paths.rounds()}>{t.notFound.home}</a>
      </p>
    </Page>
  );
}
