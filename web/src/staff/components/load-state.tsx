import type { ComponentChildren } from 'preact';
import { canTryAgain, isNotFound } from '../../api/error-kinds.ts';
import type { ApiError } from '../../api/types.ts';
import { useLanguage } from '../../app-context.ts';
import { DeadEndPage } from '../../components/dead-end-page.tsx';
import { Heading, Page } from '../../components/page.tsx';
import { SecondaryButton } from '../../components/secondary-button.tsx';
import { useStaffTexts } from '../i18n/texts.ts';
import { staffPaths } from '../routes.ts';
import { useSignedIn } from '../session/session-context.ts';

export function Loading() {
  const { t } = useLanguage();
  return (
    <p role="status" class="loading">
      {t.common.loading}
    </p>
  );
}

/**
 * A page whose data could not be read. "Not found" says nothing about whether the thing exists elsewhere (another
 * municipality's application looks the same as a wrong number); other failures can be tried again.
 */
export function LoadError({ error, retry, notFoundText }: { error: ApiError; retry(): void; notFoundText?: string }) {
  const { s, language } = useStaffTexts();
  if (isNotFound(error)) return <NotForYou text={notFoundText} />;
  return (
    <Page title={s.common.loadError}>
      <Heading>{s.common.loadError}</Heading>
      <p>{error.message[language]}</p>
      <button type="button" class="button" onClick={retry}>
        {s.common.reload}
      </button>
    </Page>
  );
}

/**
 * Part of a page that could not be read (the entries under a filter): the page and its form stay, and the
 * problem is said where the entries would be. A refused filter can be changed; anything else can be tried again.
 */
export function InlineLoadError({ error, retry }: { error: ApiError; retry(): void }) {
  const { s, language } = useStaffTexts();
  return (
    <div class="notice" role="alert">
      <p>{error.message[language]}</p>
      {canTryAgain(error) && <SecondaryButton onPress={retry}>{s.common.reload}</SecondaryButton>}
    </div>
  );
}

/** A page the signed-in person's role does not open, or an address that is no page at all. */
export function NotForYou({ text }: { text?: string }) {
  const { s } = useStaffTexts();
  return (
    <DeadEndPage
      title={s.common.notFoundTitle}
      text={text ?? s.common.notFoundText}
      link={{ href: staffPaths.home(), text: s.common.navRounds }}
    />
  );
}

/** A page for administrators only; anyone else is told it is not theirs, as for an address that is no page. */
export function AdministratorsOnly({ children }: { children: ComponentChildren }) {
  const { s } = useStaffTexts();
  const { identity } = useSignedIn();
  if (identity.role !== 'administrator') return <NotForYou text={s.common.administratorsOnly} />;
  return <>{children}</>;
}
