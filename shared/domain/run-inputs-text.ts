import type { SelectionCandidate, SelectionInput } from '../schemas/selection.ts';

/*
 * The text a run's hash is taken over, written a municipality at a time, so that a run of any size can be hashed
 * (and checked again) without holding all of it as one string. Joined, the pieces are exactly
 * `JSON.stringify({ ruleVersion, roundId, municipalities: [{ municipalityCode, input }, …] })` in UTF-8, the text
 * every run has been hashed over, so runs stored before check against it too.
 */

export function runTextOpening(ruleVersion: string, roundId: string): string {
  return `{"ruleVersion":${JSON.stringify(ruleVersion)},"roundId":${JSON.stringify(roundId)},"municipalities":[`;
}

/** What comes before a municipality's inputs; `index` is its place among the run's municipalities, from 0. */
export function municipalityTextOpening(index: number, municipalityCode: string): string {
  return `${index === 0 ? '' : ','}{"municipalityCode":${JSON.stringify(municipalityCode)},"input":`;
}

export const MUNICIPALITY_TEXT_CLOSING = '}';
export const RUN_TEXT_CLOSING = ']}';

const encoder = new TextEncoder();
const ascii = (text: string) => encoder.encode(text);
const REFERENCE = ascii('{"reference":"');
const STATE = ascii('","state":"');
const SCORE = ascii('","totalScore":');
const RECEIVED = ascii(',"receivedAt":"');
const CLOSING = ascii('"}');
/** The most bytes of a candidate besides its reference, state and receipt time: the names and a long number. */
const CANDIDATE_BYTES = REFERENCE.length + STATE.length + SCORE.length + RECEIVED.length + CLOSING.length + 1 + 24;

/**
 * `JSON.stringify` of canonical inputs (`canonicalInputs`: each candidate's keys in one order) as UTF-8, written
 * byte by byte: a municipality of tens of thousands of applications is ready for hashing several times sooner than
 * through a string, and leaves no garbage. Text that JSON would escape (or that is not plain ASCII) is left to
 * `JSON.stringify`.
 */
export function inputBytes({ cap, applications }: SelectionInput): Uint8Array {
  let size = 32;
  for (const { reference, state, receivedAt } of applications) {
    size += CANDIDATE_BYTES + reference.length + state.length + receivedAt.length;
  }
  const bytes = new Uint8Array(size);
  const escaped = () => ascii(JSON.stringify({ cap, applications }));
  let at = writeAscii(bytes, 0, `{"cap":${numberText(cap)},"applications":[`);
  for (let index = 0; index < applications.length; index++) {
    const { reference, state, totalScore, receivedAt } = applications[index] as SelectionCandidate;
    if (index > 0) bytes[at++] = 44; // ,
    bytes.set(REFERENCE, at);
    at = writePlain(bytes, at + REFERENCE.length, reference);
    if (at < 0) return escaped();
    bytes.set(STATE, at);
    at = writePlain(bytes, at + STATE.length, state);
    if (at < 0) return escaped();
    bytes.set(SCORE, at);
    at = writeAscii(bytes, at + SCORE.length, totalScore === null ? 'null' : numberText(totalScore));
    bytes.set(RECEIVED, at);
    at = writePlain(bytes, at + RECEIVED.length, receivedAt);
    if (at < 0) return escaped();
    bytes.set(CLOSING, at);
    at += CLOSING.length;
  }
  at = writeAscii(bytes, at, ']}');
  return bytes.subarray(0, at);
}

/** As JSON writes a number: `null` for one it cannot. */
function numberText(value: number): string {
  return Number.isFinite(value) ? String(value) : 'null';
}

/** Writes text JSON takes as it is, and answers where it ended; -1 when JSON would escape any of it. */
function writePlain(bytes: Uint8Array, start: number, text: string): number {
  for (let offset = 0; offset < text.length; offset++) {
    const code = text.charCodeAt(offset);
    if (code < 0x20 || code === 0x22 || code === 0x5c || code > 0x7e) return -1;
    bytes[start + offset] = code;
  }
  return start + text.length;
}

/** Writes text known to be plain ASCII (numbers, names). */
function writeAscii(bytes: Uint8Array, start: number, text: string): number {
  for (let offset = 0; offset < text.length; offset++) bytes[start + offset] = text.charCodeAt(offset);
  return start + text.length;
}
