import { useState } from 'preact/hooks';
import type { FieldError, LocalizedText } from '../../api/types.ts';
import { TextField } from '../../components/text-field.tsx';
import { staffRequired } from '../i18n/field-errors.ts';
import { useStaffTexts } from '../i18n/texts.ts';
import { InlineForm } from './inline-form.tsx';

interface QueueSearchFormProps {
  /** The text of the search shown now, if any. */
  searched: string | undefined;
  error: LocalizedText | undefined;
  onSearch(text: string): void;
  /** Reports an empty box to the page's error summary. */
  onMissing(errors: FieldError[]): void;
}

/**
 * The search of a queue, a search landmark of its own. What is typed may be a personal code: it stays in the page
 * and goes to the server in a request body, never into the address.
 */
export function QueueSearchForm({ searched, error, onSearch, onMissing }: QueueSearchFormProps) {
  const { s } = useStaffTexts();
  const [text, setText] = useState(searched ?? '');
  return (
    <search aria-label={s.queue.searchLandmark}>
      <InlineForm
        buttonLabel={s.queue.searchButton}
        onSend={() => {
          if (!text.trim()) return onMissing([staffRequired('text', (w) => w.queue.requiredSearch)]);
          onSearch(text.trim());
        }}
      >
        <TextField
          path="text"
          label={s.queue.searchLabel}
          hint={s.queue.searchHint}
          value={text}
          onInput={setText}
          error={error}
          size="medium"
        />
      </InlineForm>
    </search>
  );
}
