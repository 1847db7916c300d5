import type { ComponentChildren } from 'preact';
import { useLanguage } from '../app-context.ts';

export interface SummaryRow {
  label: string;
  /** Mostly text; a status tag or a list where the answer is one. */
  value: ComponentChildren;
  /** Where to change the answer; the link's hidden text names the answer for screen readers. */
  changeHref?: string;
}

/** Answers as label–value pairs, with a "Change" link each where they can be changed. */
export function SummaryList({ rows }: { rows: SummaryRow[] }) {
  const { t } = useLanguage();
  return (
    <dl class="summary-list">
      {rows.map((row) => (
        <div class="summary-row" key={row.label}>
          <dt class="summary-key">{row.label}</dt>
          <dd class="summary-value">{row.value}</dd>
          {row.changeHref && (
            <dd class="summary-action">
              <a href={row.changeHref}>
                {t.check.change}
                <span class="visually-hidden">: {row.label}</span>
              </a>
            </dd>
          )}
        </div>
      ))}
    </dl>
  );
}
