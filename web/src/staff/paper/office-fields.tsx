import type { LocalizedText } from '../../api/types.ts';
import { TextField } from '../../components/text-field.tsx';
import { useStaffTexts } from '../i18n/texts.ts';
import type { PaperAnswers } from './paper-draft.ts';

type Office = PaperAnswers['office'];

interface OfficeFieldsProps {
  value: Office;
  onChange(change: Partial<Office>): void;
  errorOf(path: string): LocalizedText | undefined;
}

/** When the office received the paper form and who took it: the receipt time counts for the selection order. */
export function OfficeFields({ value, onChange, errorOf }: OfficeFieldsProps) {
  const { s } = useStaffTexts();
  const boxes: { name: keyof Office; label: string; hint: string; size?: 'short' | 'medium'; numeric?: boolean }[] = [
    { name: 'receivedOn', label: s.paper.receivedOn, hint: s.common.dateHint, size: 'medium', numeric: true },
    { name: 'receivedAtTime', label: s.paper.receivedAtTime, hint: s.paper.timeHint, size: 'short', numeric: true },
    { name: 'receivedBy', label: s.paper.receivedBy, hint: s.paper.receivedByHint },
  ];
  return (
    <>
      {boxes.map((box) => (
        <TextField
          key={box.name}
          path={`office.${box.name}`}
          label={box.label}
          hint={box.hint}
          size={box.size}
          inputMode={box.numeric ? 'numeric' : undefined}
          value={value[box.name]}
          onInput={(typed) => onChange({ [box.name]: typed })}
          error={errorOf(`office.${box.name}`)}
        />
      ))}
    </>
  );
}
