import { useEffect, useState } from 'preact/hooks';
import { type ApiResult, api } from '../../api/client.ts';
import type { ApiError, Language, LocalizedText, Round } from '../../api/types.ts';
import { useData } from '../../api/use-data.ts';

/** Rounds change rarely and are public: each is read once per visit and shared by every staff page. */
const rounds = new Map<string, Promise<ApiResult<Round>>>();
/** The same rounds once read, so a page opened later shows at once rather than "Loading…" first. */
const read = new Map<string, Round>();

export function fetchRound(roundId: string): Promise<ApiResult<Round>> {
  let pending = rounds.get(roundId);
  if (!pending) {
    pending = api.round(roundId);
    rounds.set(roundId, pending);
    // A failure is not kept: the next page asks again.
    void pending.then((answer) => {
      if (answer.ok) read.set(roundId, answer.data);
      else rounds.delete(roundId);
    });
  }
  return pending;
}

/** A round as a change (closing intake, extending it) answered: every page opened later shows it so. */
export function rememberRound(round: Round): void {
  read.set(round.id, round);
  rounds.set(round.id, Promise.resolve({ ok: true, data: round }));
}

/** The round a page is about: its name, municipalities and rules. */
export function useRound(roundId: string | undefined): {
  round: Round | undefined;
  error: ApiError | undefined;
  retry(): void;
} {
  const { data, error, retry } = useData(
    roundId,
    () => fetchRound(roundId ?? ''),
    roundId ? read.get(roundId) : undefined,
  );
  return { round: data, error, retry };
}

/** A municipality's name in the page's language; its code when the round does not list it. */
export function municipalityName(round: Round | undefined, code: string, language: Language): string {
  return round?.municipalities.find((municipality) => municipality.code === code)?.name[language] ?? code;
}

/** Names of the municipalities of every round, read once per visit. */
let allNames: Promise<Map<string, LocalizedText>> | undefined;
let knownNames = new Map<string, LocalizedText>();

function loadAllNames(): Promise<Map<string, LocalizedText>> {
  allNames ??= (async () => {
    const names = new Map<string, LocalizedText>();
    const list = await api.rounds();
    if (!list.ok) {
      allNames = undefined;
      return names;
    }
    for (const summary of list.data.rounds) {
      const answer = await fetchRound(summary.id);
      if (answer.ok) for (const { code, name } of answer.data.municipalities) names.set(code, name);
    }
    knownNames = names;
    return names;
  })();
  return allNames;
}

/**
 * Municipality names for pages that show codes from more than one round, or from no round at hand: the
 * header's own municipality, the audit log, applications of one person. A code shows as itself until the names
 * arrive, or when no round lists it.
 */
export function useMunicipalityNames(language: Language): (code: string) => string {
  const [names, setNames] = useState(knownNames);
  useEffect(() => {
    let current = true;
    void loadAllNames().then((loaded) => {
      if (current) setNames(loaded);
    });
    return () => {
      current = false;
    };
  }, []);
  return (code) => names.get(code)?.[language] ?? code;
}
