import type { ComponentChildren } from 'preact';
import { useLanguage } from '../app-context.ts';
import { paths } from '../flow/routes.ts';

/** Header with the service name and the language switch, the page in one narrow column, a short footer. */
export function Layout({ children }: { children: ComponentChildren }) {
  const { t } = useLanguage();
  return (
    <SiteFrame home={paths.rounds()} serviceName={t.common.serviceName} footer={t.common.footer}>
      {children}
    </SiteFrame>
  );
}

interface SiteFrameProps {
  /** Where the service's name in the header leads. */
  home: string;
  serviceName: string;
  footer: string;
  /** The wider column of the staff pages, whose queues and comparisons are tables. */
  wide?: boolean;
  /** What stands between the header and the page, e.g. who is signed in. */
  belowHeader?: ComponentChildren;
  children: ComponentChildren;
}

/** The frame every page shares, applicant's or staff: a skip link, the header, the page's column and a footer. */
export function SiteFrame({ home, serviceName, footer, wide = false, belowHeader, children }: SiteFrameProps) {
  const { t } = useLanguage();
  const container = wide ? 'container container-wide' : 'container';
  return (
    <>
      <a class="skip-link" href="#main">
        {t.common.skipLink}
      </a>
      <header class="header">
        <div class={`${container} header-inner`}>
          <p class="header-title">
            <span class="ministry">{t.common.ministry}</span>
            <a class="service-name" href={home}>
              {serviceName}
            </a>
          </p>
          <LanguageSwitch />
        </div>
      </header>
      {belowHeader}
      <main class={`${container} main`} id="main" tabIndex={-1}>
        {children}
      </main>
      <footer class="footer">
        <div class={container}>
          <p>{footer}</p>
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
