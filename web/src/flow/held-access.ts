import type { Created } from '../api/types.ts';

/**
 * The number and access code the person gave on the status page, held in this tab's memory only, so the plan page
 * opened from there asks for nothing again. Never stored and never in an address: a reload forgets it, and the
 * plan page then asks for both, as the status page does.
 */
let held: Created | undefined;

export function holdAccess(created: Created): void {
  held = created;
}

export function heldAccess(): Created | undefined {
  return held;
}
