import type { FieldError, Round } from '../../api/types.ts';
import { fieldId } from '../../flow/steps.ts';
import type { UndecidedMunicipality } from '../api/types.ts';
import { municipalityName } from '../api/use-round.ts';
import { staffMessage, useStaffTexts } from '../i18n/texts.ts';
import { staffPaths } from '../routes.ts';
import { useSignedIn } from '../session/session-context.ts';

/** The error summary's path of a municipality's line: its first link, which the summary's entry focuses. */
const linePath = (municipalityCode: string) => `undecided.${municipalityCode}`;

/**
 * What stops the selection: for administrators, one line per municipality with its count and links to that
 * municipality's queue filtered to each undecided state; for a social worker, their own municipality's count
 * and the same links. Nothing when every application is decided.
 */
export function UndecidedNotice({ round, undecided }: { round: Round; undecided: UndecidedMunicipality[] }) {
  const { s, language } = useStaffTexts();
  const { identity } = useSignedIn();
  if (undecided.length === 0) return null;
  const total = undecided.reduce((sum, part) => sum + part.count, 0);

  if (identity.role === 'social-worker') {
    return (
      <div class="notice" data-testid="undecided">
        <p>
          <strong>{s.selection.undecidedOwn(total)}</strong>
        </p>
        {undecided.map((part) => (
          <p key={part.municipalityCode}>
            <StateLinks round={round} part={part} />
          </p>
        ))}
      </div>
    );
  }
  return (
    <div class="notice" data-testid="undecided">
      <p>
        <strong>{s.selection.undecidedTitle(total)}</strong>
      </p>
      <ul class="list">
        {undecided.map((part) => (
          <li key={part.municipalityCode}>
            {s.selection.undecidedIn(municipalityName(round, part.municipalityCode, language), part.count)}{' '}
            <StateLinks round={round} part={part} />
          </li>
        ))}
      </ul>
      <p>{s.selection.undecidedText}</p>
    </div>
  );
}

/**
 * A link per undecided state to the municipality's queue showing just those applications. Administrators name
 * the municipality in the link; a social worker's queue is their own anyway.
 */
function StateLinks({ round, part }: { round: Round; part: UndecidedMunicipality }) {
  const { s } = useStaffTexts();
  const { identity } = useSignedIn();
  const municipality = identity.role === 'administrator' ? part.municipalityCode : undefined;
  return (
    <>
      {part.states.map(({ state, count }, index) => (
        <span key={state}>
          {index > 0 && ', '}
          <a
            id={index === 0 ? fieldId(linePath(part.municipalityCode)) : undefined}
            href={staffPaths.queue(round.id, { state, municipality })}
          >
            {s.selection.undecidedLink(s.common.states[state], count)}
          </a>
        </span>
      ))}
    </>
  );
}

/** The error summary of a run refused for undecided applications: one entry per municipality, with its count. */
export function undecidedErrors(round: Round, undecided: UndecidedMunicipality[]): FieldError[] {
  return undecided.map((part) => ({
    path: linePath(part.municipalityCode),
    code: 'APPLICATION_UNDECIDED',
    message: staffMessage((w, language) =>
      w.selection.undecidedIn(municipalityName(round, part.municipalityCode, language), part.count),
    ),
  }));
}
