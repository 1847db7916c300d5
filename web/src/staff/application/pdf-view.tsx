import { useEffect, useRef, useState } from 'preact/hooks';
import { useStaffTexts } from '../i18n/texts.ts';

/**
 * A PDF document's pages, drawn in the page by the PDF.js chunk, which loads the first time a PDF is viewed. The
 * pages are drawn into an element the component renders empty and never touches again; leaving the document (or
 * the page) lets go of it. `onFailed` hears when the file cannot be drawn.
 */
export function PdfView({ bytes, name, onFailed }: { bytes: Uint8Array; name: string; onFailed(): void }) {
  const { s } = useStaffTexts();
  const pages = useRef<HTMLDivElement>(null);
  const [drawn, setDrawn] = useState(false);

  useEffect(() => {
    const into = pages.current;
    if (!into) return;
    let left = false;
    let close: (() => void) | undefined;
    import('./pdf-pages.ts')
      .then(({ renderPdf }) => {
        if (left) return;
        // PDF.js takes the bytes over to its worker: it gets a copy, so viewing again needs no new download.
        const rendered = renderPdf(bytes.slice(), into, (page, total) => s.application.pageLabel(name, page, total));
        close = rendered.close;
        return rendered.drawn.then(() => {
          if (!left) setDrawn(true);
        });
      })
      .catch(() => {
        if (!left) onFailed();
      });
    return () => {
      left = true;
      close?.();
      into.replaceChildren();
    };
  }, [bytes]);

  return (
    <>
      {!drawn && (
        <p class="loading" role="status">
          {s.application.viewing}
        </p>
      )}
      <div class="pdf-pages" ref={pages} data-testid="pdf-pages" />
    </>
  );
}
