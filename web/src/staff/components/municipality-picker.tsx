import { useState } from 'preact/hooks';
import type { FieldError, Round } from '../../api/types.ts';
import { staffRequired } from '../i18n/field-errors.ts';
import { useStaffTexts } from '../i18n/texts.ts';
import { InlineForm } from './inline-form.tsx';
import { SelectField } from './select-field.tsx';

interface MunicipalityPickerProps {
  round: Round;
  chosen: string | undefined;
  /** Called with the chosen code when the form is sent; with `''` for all municipalities, where `all` allows it. */
  onChoose(code: string): void;
  /** Reports a missing choice to the page's error summary. */
  onMissing(errors: FieldError[]): void;
  error?: FieldError['message'] | undefined;
  /** The first option, for a page that also shows all municipalities together; without it one must be chosen. */
  all?: { label: string; option: string };
}

/** Administrators see every municipality, one at a time: they choose whose applications the page is about. */
export function MunicipalityPicker({ round, chosen, onChoose, onMissing, error, all }: MunicipalityPickerProps) {
  const { s, language } = useStaffTexts();
  const [value, setValue] = useState(chosen ?? '');
  return (
    <InlineForm
      secondary
      buttonLabel={s.common.show}
      onSend={() => {
        if (!value && !all) return onMissing([staffRequired('municipality', (w) => w.queue.requiredMunicipality)]);
        onChoose(value);
      }}
    >
      <SelectField
        path="municipality"
        label={all?.label ?? s.queue.municipality}
        hint={chosen || all ? undefined : s.queue.chooseMunicipality}
        value={value}
        onChange={setValue}
        error={error}
        options={[
          { value: '', label: all?.option ?? s.common.chooseOption },
          ...round.municipalities.map((municipality) => ({
            value: municipality.code,
            label: municipality.name[language],
          })),
        ]}
      />
    </InlineForm>
  );
}
