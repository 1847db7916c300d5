import type { ResultPage } from '../api/types.ts';
import { useStaffTexts } from '../i18n/texts.ts';

/**
 * Which rows of a municipality's result the page shows, and links to the pages before and after it. Nothing when
 * the whole result fits one page, as a pilot's does.
 */
export function ResultPager({
  page,
  pageRows,
  hrefFrom,
}: {
  page: ResultPage;
  /** Rows a page holds. */
  pageRows: number;
  hrefFrom: (from: number) => string;
}) {
  const { s } = useStaffTexts();
  if (page.total <= pageRows) return null;
  const first = page.from + 1;
  const last = page.from + page.rows.length;
  return (
    <nav aria-label={s.selection.pagesLabel} data-testid="result-pager">
      <p>{s.selection.pageLine(first, last, page.total)}</p>
      <ul class="link-row">
        {page.from > 0 && (
          <li>
            <a href={hrefFrom(Math.max(page.from - pageRows, 0))} rel="prev">
              {s.selection.previousPage}
            </a>
          </li>
        )}
        {last < page.total && (
          <li>
            <a href={hrefFrom(last)} rel="next">
              {s.selection.nextPage}
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}
