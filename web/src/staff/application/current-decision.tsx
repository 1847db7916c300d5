import type { ComponentChildren } from 'preact';
import { useStaffTexts } from '../i18n/texts.ts';
import { type Decided, DecidedBy } from './decided-by.tsx';

/** A decision as it stands (`children` say what it is) and who recorded it when, or that there is none yet. */
export function CurrentDecision<D extends Decided>(props: {
  decided: D | undefined;
  children(decided: D): ComponentChildren;
}) {
  const { s } = useStaffTexts();
  const { decided } = props;
  if (!decided) return <p>{s.application.notYet}</p>;
  return (
    <>
      {props.children(decided)}
      <DecidedBy by={decided.by} at={decided.at} />
    </>
  );
}
