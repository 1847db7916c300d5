import { TextField, type TextFieldProps } from '../../components/text-field.tsx';
import { useStaffTexts } from '../i18n/texts.ts';

/** A day an office worker types as DD.MM.YYYY, the format said under the label and a keyboard of digits offered. */
export function DayField(props: Omit<TextFieldProps, 'hint' | 'size' | 'inputMode'>) {
  const { s } = useStaffTexts();
  return <TextField {...props} hint={s.common.dateHint} size="medium" inputMode="numeric" />;
}
