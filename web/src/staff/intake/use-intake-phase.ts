import { useEffect, useRef, useState } from 'preact/hooks';
import { type IntakePhase, intakePhase, type WindowTimes } from './intake-phase.ts';

/**
 * The phase now, kept up to date: the page's clock is checked every second, and the page drawn again only when
 * the phase changes (an early closing taking effect, the last day ending), never on every tick.
 */
export function useIntakePhase(window: WindowTimes): IntakePhase {
  const phase = intakePhase(window, Date.now());
  const [, redraw] = useState(0);
  useEverySecond(phase !== 'closed', () => {
    if (intakePhase(window, Date.now()) !== phase) redraw((count) => count + 1);
  });
  return phase;
}

/** Calls `tick` once a second while `active`, on the page's own clock (which browser tests move). */
export function useEverySecond(active: boolean, tick: () => void): void {
  const latest = useRef(tick);
  latest.current = tick;
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => latest.current(), 1000);
    return () => clearInterval(timer);
  }, [active]);
}
