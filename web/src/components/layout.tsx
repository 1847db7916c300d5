import type { ComponentChildren } from 'preact';
import { useLanguage } from '../app-context.ts';
import { paths } from '../flow/routes.ts';

/** Header with the service name and the language switch, the page in one narrow column, a short footer. */
export function Layout({ children }: { children: ComponentChildren }) {
  const { t } = useLanguage();
  return (
    <>
      <a class="skip-link" href="#main">
        {t.common.skipLink}
      </a>
      <header class="header">
        <div class="container header-inner">
          <p class="header-title">
            <span class="ministry">{t.common.ministry}</span>
            <a class="service-name" href={paths.rounds()}>
              {t.common.serviceName}
            </a>
          </p>
          <LanguageSwitch />
        </div>
      </header>
      <main class="container main" id="main" tabIndex={-1}>
        {children}
      </main>
      <footer class="footer">
        <div class="container">
          <p>{t.common.footer}</p>
        </div>
      </footer>
    </>
  );
}

/**
 * Names the other language in that language ("English" on a Latvian page). Only the words change: the answers
 * and the page stay as they are.
 */
export function LanguageSwitch() {
  const { t, setLanguage } = useLanguage();
  const other = t.common.switchLanguage;
  return (
    <button type="button" class="language-switch" lang={other.lang} onClick={() => setLanguage(other.lang)}>
      {other.label}
    </button>
  );
}
