import { describe, expect, it } from 'vitest';
import type { CreateApplicationRequest } from '../../../shared/schemas/application.ts';
import type { AuditEntry } from '../../../shared/schemas/audit.ts';
import { AccessExportSchema, type PersonalDetailsCorrectionRequest } from '../../../shared/schemas/data-requests.ts';
import { SealedCorrectionSchema } from '../../../shared/schemas/personal-details.ts';
import type { DocumentType, Round } from '../../../shared/schemas/round.ts';
import type { StaffIdentity } from '../../../shared/schemas/staff-identity.ts';
import { createApplication } from '../../../shared/use-cases/create-application.ts';
import { correctPersonalDetails } from '../../../shared/use-cases/data-requests/correct-personal-details.ts';
import { exportPersonalData } from '../../../shared/use-cases/data-requests/export-personal-data.ts';
import { getStaffApplication } from '../../../shared/use-cases/staff/get-staff-application.ts';
import { submitApplication } from '../../../shared/use-cases/submit-application.ts';
import { type MemoryPorts, memoryPorts } from '../../fakes/memory-ports.ts';
import { guardian } from '../../fixtures/applications.ts';
import { files, legacyPersonalCode } from '../../fixtures/personal-codes.ts';
import { validRequest } from '../../fixtures/requests.ts';
import { pilotLikeRound } from '../../fixtures/rounds.ts';
import { plan, planned, version } from '../../fixtures/service-year-plans.ts';
import { jelgavaWorker } from '../../fixtures/staff-identities.ts';
import { DURING_INTAKE } from './applicant-steps.ts';
import {
  administrator,
  bauskaWorker,
  decide,
  portsOf,
  runAndPublish,
  scoredRound,
  staffRequest,
  submitted,
} from './staff-steps.ts';

/** The scored pilot round, and a second round of the same rules a year on. */
const firstRound = scoredRound;
const secondRound: Round = { ...pilotLikeRound, id: 'pilot-2020', name: { lv: 'Otrā kārta', en: 'Second round' } };

const PERSON = legacyPersonalCode(7001);
const SOMEONE_ELSE = legacyPersonalCode(7002);

let keys = 0;
/** A draft of the person in a round, as the applicant's first request makes it. */
async function draftIn(
  ports: MemoryPorts,
  roundId: string,
  personalCode: string,
  options: { municipalityCode?: string; request?: Partial<CreateApplicationRequest> } = {},
) {
  keys += 1;
  const { person } = validRequest();
  const request = validRequest({
    person: { ...person, personalCode, municipalityCode: options.municipalityCode ?? 'LV-016' },
    ...options.request,
  });
  return createApplication(ports, { roundId, request, idempotencyKey: `export-${keys}`, now: DURING_INTAKE });
}

/** A draft sent with every document it needs. */
async function sent(ports: MemoryPorts, roundId: string, draft: { reference: string; accessCode: string }) {
  const types: DocumentType[] = ['application-form', 'disability-proof', 'representative-authority'];
  for (const type of types) ports.documents.upload({ roundId, reference: draft.reference, type }, files.pdf());
  await submitApplication(ports, { ...draft, receivedAt: DURING_INTAKE });
  return draft.reference;
}

/**
 * The person's year: in the first round selected (9 points, the selection published) with a plan, its receipt
 * e-mailed and its status link asked for twice, opened by Bauska's social worker; in the second round a draft.
 * Someone else applied in Bauska too.
 */
async function participantWithTwoRounds() {
  const ports = memoryPorts({ rounds: [firstRound, secondRound] });
  const selected = await submitted(ports, { personalCode: PERSON });
  const other = await submitted(ports, { personalCode: SOMEONE_ELSE });
  await decide(ports, selected, 9);
  await decide(ports, other, 'not-eligible');
  await runAndPublish(ports, firstRound.id);
  const participantPlan = plan(selected, 'LV-016', [version([planned('day-centre', 'bauska-centrs', 8, 12, 1_500)])]);
  await ports.supportPlans.save(participantPlan, { isNew: true });
  await ports.notifications.recordSent(`${selected}#receipt`, ['applicant']);
  await ports.notifications.allowLinkEmail(selected, '2019-08-21', 3);
  await ports.notifications.allowLinkEmail(selected, '2019-08-21', 3);
  await getStaffApplication(portsOf(ports, bauskaWorker), staffRequest(bauskaWorker, 'application.read'), selected);
  const draft = (await draftIn(ports, secondRound.id, PERSON)).reference;
  return { ports, selected, other, draft };
}

const exportAs = (ports: MemoryPorts, who: StaffIdentity, personalCode = PERSON, language: 'lv' | 'en' = 'en') =>
  exportPersonalData(portsOf(ports, who), staffRequest(who, 'personal-data.export'), { personalCode, language });

const entriesOf = async (ports: MemoryPorts, action: AuditEntry['action']) =>
  (
    await ports.audit.list({ since: '2000-01-01T00:00:00.000Z', until: '2100-01-01T00:00:00.000Z' }, 1000)
  ).entries.filter((entry) => entry.action === action);

describe('the access export (GDPR Art. 15)', () => {
  it('holds every application of the person in every round, oldest first, and nobody else’s', async () => {
    const { ports, selected, draft } = await participantWithTwoRounds();
    const exported = await exportAs(ports, administrator);

    expect(AccessExportSchema.parse(exported)).toEqual(exported);
    expect(exported).toMatchObject({ format: 'personal-data-export', version: 1, language: 'en' });
    expect(exported.covers).toEqual({ kind: 'every-municipality' });
    expect(exported.applications.map(({ reference, roundName, status }) => ({ reference, roundName, status }))).toEqual(
      [
        { reference: selected, roundName: firstRound.name.en, status: 'submitted' },
        { reference: draft, roundName: 'Second round', status: 'draft' },
      ],
    );
    expect(exported.applications[0]?.person).toMatchObject({ personalCode: PERSON, firstName: 'Anna' });
    expect(exported.heldElsewhere).toEqual([]);
  });

  it('gives each application its decisions, points, result, runs, plan, documents, e-mails and history', async () => {
    const { ports, selected } = await participantWithTwoRounds();
    const [application] = (await exportAs(ports, administrator)).applications;

    expect(application?.review?.eligibility).toMatchObject({ decision: 'eligible', by: { username: 'bauska' } });
    expect(application?.review?.scores?.total).toBe(9);
    expect(application?.selection).toMatchObject({ outcome: 'selected', rank: 1 });
    expect(application?.selectionRuns).toEqual([
      expect.objectContaining({ latest: true, status: 'published', outcome: { kind: 'selected', rank: 1 } }),
    ]);
    expect(application?.supportPlan?.versions[0]?.goals).toEqual(['Iemācīties pašam gatavot ēst']);
    expect(application?.documents.map(({ type, name, fileName }) => ({ type, name, fileName }))).toEqual([
      { type: 'application-form', name: 'Application', fileName: `${selected}-application-form.pdf` },
      { type: 'disability-proof', name: 'Proof', fileName: `${selected}-disability-proof.png` },
    ]);
    // The copies the application was checked from stay in storage until its own expiry: listed by size.
    expect(application?.uploads.map(({ type }) => type)).toEqual(['application-form', 'disability-proof']);
    // The receipt, and the result the publication sent.
    expect(application?.emails).toEqual([
      expect.objectContaining({ kind: 'result', recipient: 'applicant', state: 'sent' }),
      { id: `${selected}#receipt`, kind: 'receipt', recipient: 'applicant', state: 'sent' },
    ]);
    expect(application?.statusLinkEmails).toEqual([{ day: '2019-08-21', count: 2 }]);
    expect(application?.firstOfPersonInRound).toBe(true);
    const actions = application?.history.map(({ action, by }) => `${action} ${by?.username ?? ''}`);
    expect(actions).toEqual(
      expect.arrayContaining(['documents.check bauska', 'scores.record bauska', 'application.read bauska']),
    );
  });

  it('is worded in the language the person reads: Latvian names of the round, municipality and documents', async () => {
    const { ports } = await participantWithTwoRounds();
    const exported = await exportAs(ports, administrator, PERSON, 'lv');
    expect(exported.language).toBe('lv');
    expect(exported.applications[1]).toMatchObject({ roundName: 'Otrā kārta', municipalityName: 'Bauska (lv)' });
    expect(exported.applications[0]?.documents[0]?.name).toBe('Application (lv)');
  });

  it('is audited as made, naming the applications and never the personal code or its hash', async () => {
    const { ports, selected, draft } = await participantWithTwoRounds();
    await exportAs(ports, administrator);
    const [entry] = await entriesOf(ports, 'personal-data.export');
    expect(entry).toMatchObject({ outcome: 'succeeded', reference: selected, related: [draft] });
    const written = JSON.stringify(entry);
    expect(written).not.toContain(PERSON.replace('-', ''));
    expect(written).not.toContain(PERSON);
    expect(written).not.toContain(ports.keyring.personalCodeHash(PERSON.replace('-', '')));
  });

  it('finds the person by the code typed with or without the hyphen', async () => {
    const { ports, selected } = await participantWithTwoRounds();
    const withoutHyphen = await exportAs(ports, administrator, ` ${PERSON.replace('-', '')} `);
    expect(withoutHyphen.applications[0]?.reference).toBe(selected);
  });

  it('refuses a personal code that is not one, and looks for nobody', async () => {
    const { ports } = await participantWithTwoRounds();
    for (const [code, problem] of [
      ['12345', 'PERSONAL_CODE_MALFORMED'],
      ['320175-1234X', 'PERSONAL_CODE_MALFORMED'],
      ['310275-12345', 'PERSONAL_CODE_DATE_INVALID'],
    ] as const) {
      await expect(exportAs(ports, administrator, code)).rejects.toMatchObject({
        violations: [{ code: problem, field: 'personalCode' }],
      });
    }
    expect(await entriesOf(ports, 'personal-data.export')).toEqual([]);
  });

  it('of a social worker holds their own municipality’s part and names where the rest is held', async () => {
    const { ports, selected } = await participantWithTwoRounds();
    const inJelgava = await sent(
      ports,
      secondRound.id,
      await draftIn(ports, secondRound.id, PERSON, { municipalityCode: 'LV-JEL' }),
    );

    const bauska = await exportAs(ports, bauskaWorker);
    expect(bauska.covers).toEqual({ kind: 'municipality', code: 'LV-016', name: 'Bauska' });
    expect(bauska.applications.map(({ reference }) => reference)).not.toContain(inJelgava);
    expect(bauska.heldElsewhere).toEqual([{ code: 'LV-JEL', name: 'Jelgava' }]);
    expect(JSON.stringify(bauska)).not.toContain(inJelgava);

    const jelgava = await exportAs(ports, jelgavaWorker);
    expect(jelgava.applications.map(({ reference }) => reference)).toEqual([inJelgava]);
    expect(jelgava.heldElsewhere).toEqual([{ code: 'LV-016', name: 'Bauska' }]);
    expect(JSON.stringify(jelgava)).not.toContain(selected);
    const entries = await entriesOf(ports, 'personal-data.export');
    expect(entries.find((entry) => entry.actor?.username === 'jelgava')).toMatchObject({
      reference: inJelgava,
      municipalityCode: 'LV-JEL',
    });
  });

  it('of a social worker for a person with nothing in their municipality is empty, and still audited', async () => {
    const { ports } = await participantWithTwoRounds();
    const exported = await exportAs(ports, jelgavaWorker);
    expect(exported.applications).toEqual([]);
    expect(exported.heldElsewhere).toEqual([{ code: 'LV-016', name: 'Bauska' }]);
    const [entry] = await entriesOf(ports, 'personal-data.export');
    expect(entry).toMatchObject({ outcome: 'succeeded', municipalityCode: 'LV-JEL' });
    expect(entry?.reference).toBeUndefined();
  });

  it('is reached only through the scope: a view refuses an application it did not hand out', async () => {
    const { ports, selected } = await participantWithTwoRounds();
    const application = await ports.applications.get(selected);
    if (!application) throw new Error('stored');
    const view = portsOf(ports, jelgavaWorker).personalData;
    await view.find(ports.keyring.personalCodeHash(PERSON.replace('-', '')));
    await expect(view.holdsClaim(application)).rejects.toThrow(/not found through this staff member's scope/);
    await expect(view.recordsAbout([application])).rejects.toThrow(/scope/);
    await expect(view.runsWith(application)).rejects.toThrow(/scope/);
    // Even an administrator's view takes only what its own search handed out.
    await expect(portsOf(ports, administrator).personalData.runsWith(application)).rejects.toThrow(/scope/);
  });

  it('tells the person of every correction: the earlier values and the reason', async () => {
    const { ports, selected } = await participantWithTwoRounds();
    await correct(ports, selected, { contact: { ...contactOf(), email: 'anna.berzina@example.lv' } });
    const [application] = (await exportAs(ports, administrator)).applications;
    expect(application?.contact.email).toBe('anna.berzina@example.lv');
    expect(application?.corrections).toEqual([
      {
        at: expect.any(String),
        by: { username: 'bauska', role: 'social-worker', municipalityCode: 'LV-016' },
        fields: ['contact.email'],
        previous: { 'contact.email': 'anna@example.lv' },
        reason: REASON,
      },
    ]);
  });
});

const REASON = 'The person showed their new e-mail address at the office.';
const contactOf = () => validRequest().contact;

/** The details as the application holds them, with the changes given: what the page sends. */
function correction(changes: Partial<PersonalDetailsCorrectionRequest> = {}): PersonalDetailsCorrectionRequest {
  const { person } = validRequest();
  return {
    person: { firstName: person.firstName, lastName: person.lastName },
    contact: contactOf(),
    reason: REASON,
    ...changes,
  };
}

const correct = (
  ports: MemoryPorts,
  reference: string,
  changes: Partial<PersonalDetailsCorrectionRequest>,
  who: StaffIdentity = bauskaWorker,
) =>
  correctPersonalDetails(portsOf(ports, who), staffRequest(who, 'personal-details.correct'), {
    reference,
    request: correction(changes),
  });

describe('the correction of personal details (GDPR Art. 16)', () => {
  it('keeps only the new values on the application, and the earlier ones sealed in the audit entry', async () => {
    const ports = memoryPorts({ rounds: [firstRound] });
    const reference = await submitted(ports, { personalCode: PERSON });
    const answer = await correct(ports, reference, {
      person: { firstName: 'Anna', lastName: 'Kalniņa' },
      contact: { ...contactOf(), phone: '+371 29999999', address: 'Rīgas iela 1, Bauska' },
    });

    expect(answer.application.person.lastName).toBe('Kalniņa');
    const stored = await ports.applications.get(reference);
    expect(stored?.person.lastName).toBe('Kalniņa');
    expect(stored?.contact).toMatchObject({ phone: '+371 29999999', address: 'Rīgas iela 1, Bauska' });
    expect(JSON.stringify(stored)).not.toContain('Bērziņa');
    expect(JSON.stringify(stored)).not.toContain('+371 20000000');

    const [entry] = await entriesOf(ports, 'personal-details.correct');
    expect(entry).toMatchObject({ outcome: 'succeeded', reference, municipalityCode: 'LV-016' });
    expect(entry?.correction?.fields).toEqual(['person.lastName', 'contact.phone', 'contact.address']);
    const written = JSON.stringify(entry);
    for (const value of ['Bērziņa', 'Kalniņa', '20000000', '29999999', 'Rīgas iela', REASON]) {
      expect(written).not.toContain(value);
    }
    const sealed = SealedCorrectionSchema.parse(JSON.parse(ports.keyring.decrypt(entry?.correction?.sealed ?? '')));
    expect(sealed).toEqual({
      previous: { 'person.lastName': 'Bērziņa', 'contact.phone': '+371 20000000', 'contact.address': null },
      reason: REASON,
    });
  });

  it('shows in the application’s history who corrected the details, and when', async () => {
    const ports = memoryPorts({ rounds: [firstRound] });
    const reference = await submitted(ports, { personalCode: PERSON });
    const answer = await correct(ports, reference, { contact: { ...contactOf(), language: 'en' } });
    expect(answer.history.at(-1)).toMatchObject({ action: 'personal-details.correct', by: 'bauska' });
  });

  it('corrects a representative’s details and a date of birth the personal code does not carry', async () => {
    const ports = memoryPorts({ rounds: [firstRound] });
    const { person } = validRequest();
    const draft = await draftIn(ports, firstRound.id, '321234-56789', {
      request: {
        person: { ...person, personalCode: '321234-56789', dateOfBirth: '1975-11-16' },
        representative: guardian,
      },
    });
    const reference = await sent(ports, firstRound.id, draft);

    await correct(ports, reference, {
      person: { firstName: 'Anna', lastName: 'Bērziņa', dateOfBirth: '1975-11-17' },
      representative: { ...guardian, phone: '+371 26666666' },
    });
    const stored = await ports.applications.get(reference);
    expect(stored?.person.dateOfBirth).toBe('1975-11-17');
    expect(stored?.representative?.phone).toBe('+371 26666666');
    await expect(
      correct(ports, reference, {
        person: { firstName: 'Anna', lastName: 'Bērziņa', dateOfBirth: '2999-01-01' },
        representative: guardian,
      }),
    ).rejects.toMatchObject({ violations: [{ code: 'DATE_OF_BIRTH_INVALID', field: 'person.dateOfBirth' }] });
    // The representative stays: removing them is no correction.
    await expect(correct(ports, reference, {})).rejects.toMatchObject({
      violations: [{ code: 'REPRESENTATIVE_CANNOT_CHANGE', field: 'representative' }],
    });
  });

  it('refuses what is no correction, with the rule broken, and stores nothing', async () => {
    const ports = memoryPorts({ rounds: [firstRound] });
    const reference = await submitted(ports, { personalCode: PERSON });
    const before = ports.applications.all();
    const refusals: [Partial<PersonalDetailsCorrectionRequest>, string, string | undefined][] = [
      [{}, 'NOTHING_TO_CORRECT', undefined],
      [{ representative: guardian }, 'REPRESENTATIVE_CANNOT_CHANGE', 'representative'],
      // A legacy code carries the date of birth: the date follows the code, never a correction.
      [
        { person: { firstName: 'Anna', lastName: 'Bērziņa', dateOfBirth: '1975-11-17' } },
        'DATE_OF_BIRTH_MISMATCH',
        'person.dateOfBirth',
      ],
      [{ contact: { language: 'lv' } }, 'CONTACT_MISSING', 'contact.email'],
    ];
    for (const [changes, code, field] of refusals) {
      await expect(correct(ports, reference, changes)).rejects.toMatchObject({
        violations: [{ code, ...(field && { field }) }],
      });
    }
    expect(ports.applications.all()).toEqual(before);
    expect(await entriesOf(ports, 'personal-details.correct')).toEqual([]);
  });

  it('refuses an application whose personal data was removed, saying so', async () => {
    const ports = memoryPorts({ rounds: [firstRound] });
    const reference = await submitted(ports, { personalCode: PERSON });
    ports.personalData.anonymised.set(reference, 'LV-016');
    await expect(correct(ports, reference, { contact: { ...contactOf(), language: 'en' } })).rejects.toMatchObject({
      code: 'APPLICATION_ANONYMISED',
    });
    // Another municipality is not told even that much: the application is not found.
    await expect(
      correct(ports, reference, { contact: { ...contactOf(), language: 'en' } }, jelgavaWorker),
    ).rejects.toMatchObject({ code: 'APPLICATION_NOT_FOUND', hiddenReason: 'OTHER_MUNICIPALITY' });
  });

  it('leaves another municipality’s application alone, as one that does not exist', async () => {
    const ports = memoryPorts({ rounds: [firstRound] });
    const reference = await submitted(ports, { personalCode: PERSON });
    const before = ports.applications.all();
    await expect(
      correct(ports, reference, { contact: { ...contactOf(), language: 'en' } }, jelgavaWorker),
    ).rejects.toMatchObject({ code: 'APPLICATION_NOT_FOUND' });
    expect(ports.applications.all()).toEqual(before);
  });
});
