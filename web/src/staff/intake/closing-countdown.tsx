import { useState } from 'preact/hooks';
import { useStaffTexts } from '../i18n/texts.ts';
import { useEverySecond } from './use-intake-phase.ts';

/**
 * The seconds left until an early closing takes effect, counted down on the page. A timer, which screen readers
 * do not announce (they would every second): they read it when asked, and the intake state's own live region
 * says when intake has closed.
 */
export function ClosingCountdown({ closesAt }: { closesAt: string }) {
  const { s } = useStaffTexts();
  const [, redraw] = useState(0);
  useEverySecond(true, () => redraw((count) => count + 1));
  const seconds = Math.max(0, Math.ceil((Date.parse(closesAt) - Date.now()) / 1000));
  return (
    <p role="timer" data-testid="countdown">
      {s.intake.countdown(seconds)}
    </p>
  );
}
