import type { SelectionCandidate, SelectionInput } from '../schemas/selection.ts';

/*
 * The text a run's hash is taken over, written a municipality at a time, so that a run of any size can be hashed
 * (and checked again) without holding all of it as one string. Joined, the pieces are exactly
 * `JSON.stringify({ ruleVersion, roundId, municipalities: [{ municipalityCode, input }, …] })`, the text every run
 * has been hashed over, so runs stored before check against it too.
 */

export function runTextOpening(ruleVersion: string, roundId: string): string {
  return `{"ruleVersion":${JSON.stringify(ruleVersion)},"roundId":${JSON.stringify(roundId)},"municipalities":[`;
}

/** One municipality's canonical inputs; `index` is its place among the run's municipalities, from 0. */
export function runTextOfMunicipality(index: number, municipalityCode: string, input: SelectionInput): string {
  return `${index === 0 ? '' : ','}{"municipalityCode":${JSON.stringify(municipalityCode)},"input":${inputText(input)}}`;
}

export const RUN_TEXT_CLOSING = ']}';

/**
 * `JSON.stringify` of canonical inputs (`canonicalInputs`: each candidate's keys in one order), written directly:
 * a municipality of tens of thousands of applications is serialised in a third of the time.
 */
export function inputText({ cap, applications }: SelectionInput): string {
  let text = `{"cap":${numberText(cap)},"applications":[`;
  for (let index = 0; index < applications.length; index++) {
    const { reference, state, totalScore, receivedAt } = applications[index] as SelectionCandidate;
    text += `${index === 0 ? '' : ','}{"reference":${stringText(reference)},"state":${stringText(state)},"totalScore":${
      totalScore === null ? 'null' : numberText(totalScore)
    },"receivedAt":${stringText(receivedAt)}}`;
  }
  return `${text}]}`;
}

/** As JSON writes a number: `null` for one it cannot. */
function numberText(value: number): string {
  return Number.isFinite(value) ? String(value) : 'null';
}

/** As JSON writes a string: quoted as it is when nothing in it needs escaping, as `JSON.stringify` does otherwise. */
function stringText(value: string): string {
  for (let at = 0; at < value.length; at++) {
    const code = value.charCodeAt(at);
    if (code < 0x20 || code === 0x22 || code === 0x5c || code > 0x7e) return JSON.stringify(value);
  }
  return `"${value}"`;
}
