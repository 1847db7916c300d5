import { useEffect, useRef } from 'preact/hooks';
import { useLanguage } from '../../app-context.ts';

interface AgreementSectionProps {
  /** The person may still agree: the latest version is not agreed and the plan has not ended. */
  canAgree: boolean;
  /** Agreed on this page a moment ago: thanked, with focus on the thanks. */
  justAgreed: boolean;
  busy: boolean;
  onAgree(): void;
}

/**
 * What agreeing means, in plain words, and the button; then, always, that the plan can be changed with the social
 * worker. Agreeing is one press: the button sends once however often it is pressed.
 */
export function AgreementSection({ canAgree, justAgreed, busy, onAgree }: AgreementSectionProps) {
  const { t } = useLanguage();
  const thanks = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (justAgreed) thanks.current?.focus();
  }, [justAgreed]);
  return (
    <>
      {canAgree && (
        <section aria-labelledby="agree-title">
          <h2 id="agree-title">{t.plan.agreeTitle}</h2>
          {t.plan.agreeMeans.map((line) => (
            <p key={line}>{line}</p>
          ))}
          {/* aria-disabled, not disabled: a disabled button would drop the keyboard focus while saving. */}
          <button class="button" type="button" aria-disabled={busy ? 'true' : undefined} onClick={onAgree}>
            {busy ? t.plan.agreeing : t.plan.agree}
          </button>
        </section>
      )}
      {justAgreed && (
        <p class="inset" tabIndex={-1} ref={thanks} data-testid="agreed">
          {t.plan.agreed}
        </p>
      )}
      <section aria-labelledby="change-title">
        <h2 id="change-title">{t.plan.changeTitle}</h2>
        <p>{t.plan.change}</p>
      </section>
    </>
  );
}
