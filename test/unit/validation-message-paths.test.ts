import { describe, expect, it } from 'vitest';
import { fieldErrors } from '../../shared/http/validation-messages.ts';
import { ScoresRequestSchema } from '../../shared/schemas/staff-api.ts';

/** The points of a score are a map whose keys come from the input: an error names a key only if it is name-like. */
function pathsFor(points: Record<string, unknown>): string[] {
  const body = { points, justification: 'Pamatojums' };
  const parsed = ScoresRequestSchema.safeParse(body);
  if (parsed.success) throw new Error('expected the body to be refused');
  return fieldErrors(parsed.error.issues, body).map((error) => error.path);
}

describe('field paths of free-form keys', () => {
  it('name a criterion id that is wrong', () => {
    expect(pathsFor({ 'support-need': -1 })).toEqual(['points.support-need']);
  });

  it.each([
    ['a personal code', '161175-19997'],
    ['right-to-left and NUL characters', '\u202Esupport\u0000'],
    ['an e-mail address', 'anna@example.lv'],
  ])('never repeat %s used as a key, and report it at the map', (_, key) => {
    const paths = pathsFor({ [key]: -1 });
    expect(paths).toEqual(['points']);
    expect(JSON.stringify(paths)).not.toContain(key);
  });

  it('never repeat a key too long to be a criterion id', () => {
    const key = 'k'.repeat(65);
    expect(pathsFor({ [key]: 1 })).toEqual(['points']);
  });
});
