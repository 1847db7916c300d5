import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConditionalCheckFailedException, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { keys } from '../../shared/adapters/dynamodb/table-design.ts';
import { getPorts } from '../../shared/composition.ts';
import type { Violation } from '../../shared/domain/errors.ts';
import { addMonths, rigaCalendarDate } from '../../shared/domain/riga-time.ts';
import { newPlanVersion, planMonths, recordMonth } from '../../shared/domain/support-plan-rules.ts';
import type { Ports } from '../../shared/ports/index.ts';
import type { AuditAction } from '../../shared/schemas/audit.ts';
import { type Round, RoundSchema } from '../../shared/schemas/round.ts';
import { type ServiceYearRules, ServiceYearSchema } from '../../shared/schemas/service-year.ts';
import type { StaffIdentity } from '../../shared/schemas/staff-identity.ts';
import { type PlanVersionRequest, type SupportPlan, SupportPlanSchema } from '../../shared/schemas/support-plan.ts';
import { createApplication } from '../../shared/use-cases/create-application.ts';
import { createUploadForm } from '../../shared/use-cases/create-upload-form.ts';
import { drainPublication } from '../../shared/use-cases/selection/publication-job.ts';
import { publishSelection } from '../../shared/use-cases/selection/publish-selection.ts';
import { runSelection } from '../../shared/use-cases/selection/run-selection.ts';
import { checkDocuments, decideEligibility, recordScores } from '../../shared/use-cases/staff/review-decisions.ts';
import { type StaffContext, staffRef } from '../../shared/use-cases/staff/staff-context.ts';
import { staffPorts } from '../../shared/use-cases/staff/staff-ports.ts';
import { submitApplication } from '../../shared/use-cases/submit-application.ts';
import { LOCAL_CREDENTIALS } from '../local/storage/create-resources.ts';
import type { LocalEnv } from '../local/system.ts';
import { demoPersonalCode, uploadDemoDocument } from './demo-applications.ts';
import { DEMO_PARTICIPANTS, type DemoParticipant, type DemoPlan, type DemoService } from './demo-participants.ts';
import { seedRounds } from './rounds.ts';
import { demoServiceYear } from './service-year.ts';
import { STAFF_DEMO_ACCOUNTS } from './staff-users.ts';

/** The past demo round: its intake, selection and publication lie months back, its year of services runs now. */
export const DEMO_YEAR_ROUND_ID = 'demo-past';
const MARKER = 'demo-year-seeded.json';
const DAY_MS = 24 * 60 * 60 * 1000;

/** One of the people, reached as they reach their plan: by the reference and its access code. */
export interface DemoAccess {
  reference: string;
  accessCode: string;
}

export interface DemoYear {
  /** False when an earlier start wrote it: nothing was written now. */
  written: boolean;
  /** The participants, in the order of `DEMO_PARTICIPANTS`: the first's changed plan waits for her agreement. */
  participants: DemoAccess[];
  /** On the waiting list: no plan. */
  waitlisted: DemoAccess[];
}

/**
 * A past demo round whose selection is published, with a year of services under way: participants in Bauska and
 * Jelgava with agreed plans and the months delivered so far. Written once per data folder, like the demo
 * applications. Everything up to the publication goes through the use cases, at the past times they happened, so
 * every rule runs and the history reads as it would have; the year of services and the plans are written as seed
 * data (no staff request made them, so they have no audit entry), built by the plan rules (`newPlanVersion`,
 * `recordMonth`) and parsed by their schemas.
 */
export async function seedDemoYear(env: LocalEnv, dataDir: string, now: Date): Promise<DemoYear> {
  const ports = await getPorts();
  const marker = join(dataDir, MARKER);
  if (existsSync(marker)) {
    const { participants, waitlisted } = JSON.parse(readFileSync(marker, 'utf8')) as Seeded;
    return { written: false, participants: accessOf(ports, participants), waitlisted: accessOf(ports, waitlisted) };
  }
  const dates = timeline(now);
  const round = pastRound(now, dates);
  await ports.rounds.put(round);
  const references: string[] = [];
  for (const [index, person] of DEMO_PARTICIPANTS.entries()) references.push(await apply(ports, person, index, dates));
  for (const [index, person] of DEMO_PARTICIPANTS.entries()) await review(ports, person, references[index], dates);
  await select(ports, dates, env);

  const rules = demoServiceYear(TOWNS);
  const table = tableOf(env);
  try {
    const year = ServiceYearSchema.parse({
      ...rules,
      roundId: round.id,
      revision: 0,
      updatedAt: dates.day(-80).toISOString(),
      updatedBy: staffRef(identityOf('admin')),
    });
    await putOnce(table, keys.serviceYear(round.id), year);
    const participants: string[] = [];
    const waitlisted: string[] = [];
    for (const [index, person] of DEMO_PARTICIPANTS.entries()) {
      const reference = references[index] as string;
      const application = await ports.applications.get(reference);
      // Everyone is eligible, so whoever got no place is on the waiting list.
      if (application?.selection?.outcome !== 'selected') {
        waitlisted.push(reference);
        continue;
      }
      if (!person.plan) throw new Error(`The demo participant ${person.firstName} has no plan`);
      participants.push(reference);
      const plan = SupportPlanSchema.parse(planOf(person, person.plan, reference, rules, dates));
      await putOnce(table, keys.supportPlan(plan.roundId, plan.municipalityCode, plan.reference), plan);
    }
    const seeded: Seeded = { participants, waitlisted };
    writeFileSync(marker, `${JSON.stringify({ seededAt: now.toISOString(), ...seeded }, null, 2)}\n`);
    return { written: true, participants: accessOf(ports, participants), waitlisted: accessOf(ports, waitlisted) };
  } finally {
    table.client.destroy();
  }
}

/** What the marker keeps: the references, which are drawn at random, so the banner can name one on every start. */
interface Seeded {
  participants: string[];
  waitlisted: string[];
}

const accessOf = (ports: Ports, references: string[]): DemoAccess[] =>
  references.map((reference) => ({ reference, accessCode: ports.keyring.accessCode(reference) }));

/** The towns the demo providers are named after. */
const TOWNS = [
  { code: 'LV-016', town: 'Bauska' },
  { code: 'LV-JEL', town: 'Jelgava' },
];

type Dates = ReturnType<typeof timeline>;

/**
 * When things happened, counted from the first day of the plans, three calendar months before this month, so three
 * whole months are delivered: intake two and a half months before, the selection published six weeks before, the
 * plans drawn up two weeks before.
 */
function timeline(now: Date) {
  const start = `${addMonths(rigaCalendarDate(now), -3).slice(0, 7)}-01`;
  const dateOf = (offset: number) => new Date(Date.parse(`${start}T00:00:00Z`) + offset * DAY_MS).toISOString();
  return {
    now,
    start,
    /** A calendar day, `YYYY-MM-DD`, `offset` days from the start. */
    date: (offset: number) => dateOf(offset).slice(0, 10),
    /** 09:00 (10:00 in summer) in Riga on that day, plus `hours`. */
    day: (offset: number, hours = 0) => new Date(Date.parse(dateOf(offset)) + (7 + hours) * 60 * 60 * 1000),
  };
}

/** The demo round's rules, for Bauska with two places and Jelgava with ten, its window past. */
function pastRound(now: Date, dates: Dates): Round {
  const demo = seedRounds(now).find((round) => round.id === 'demo') as Round;
  return RoundSchema.parse({
    ...demo,
    id: DEMO_YEAR_ROUND_ID,
    name: { lv: 'Pagājusī demonstrācijas kārta (nav īsta)', en: 'Past demo round (not real)' },
    whoMayApply: {
      lv: 'Šī ir pagājusi demonstrācijas kārta. Tās dalībnieki ir izdomāti. Viņi jau saņem pakalpojumus.',
      en: 'This is a past demo round. Its participants are made up. They already get services.',
    },
    municipalities: demo.municipalities
      .filter((municipality) => TOWNS.some((town) => town.code === municipality.code))
      .map((municipality) => (municipality.code === 'LV-016' ? { ...municipality, cap: 2 } : municipality)),
    window: { ...demo.window, firstDay: dates.date(-75), lastDay: dates.date(-61) },
    resultsExpectedBy: dates.date(-45),
    retention: {
      // Published six weeks and more ago, so the person on the waiting list is past this period: the retention
      // job removes their personal data and documents within a minute of a fresh `npm start`, for all to see.
      notSelectedDays: 30,
      // The participants' data is needed through their year of services, and a year after it.
      participantDays: 365,
    },
  });
}

/** Applies online as the person would have, in the first days of intake: draft, both documents, submission. */
async function apply(ports: Ports, person: DemoParticipant, index: number, dates: Dates): Promise<string> {
  const at = dates.day(-74, index);
  const created = await createApplication(ports, {
    roundId: DEMO_YEAR_ROUND_ID,
    request: {
      person: {
        firstName: person.firstName,
        lastName: person.lastName,
        personalCode: demoPersonalCode(10 + index),
        municipalityCode: person.municipalityCode,
        disabilityGroup: 2,
        mentalDisorderConfirmed: true,
      },
      contact: { email: `demo.year${index + 1}@example.lv`, language: person.language },
      consent: true,
    },
    idempotencyKey: `demo-year-${index}`,
    now: at,
  });
  for (const documentType of created.requiredDocuments) {
    const form = await createUploadForm(ports, { ...created, documentType, now: at });
    await uploadDemoDocument(form, documentType);
  }
  await submitApplication(ports, { ...created, receivedAt: new Date(at.getTime() + 15 * 60 * 1000) });
  return created.reference;
}

/** The social worker of the person's municipality checks the documents, finds them eligible and scores them. */
async function review(ports: Ports, person: DemoParticipant, reference: string | undefined, dates: Dates) {
  if (!reference) throw new Error('A demo person was not applied for');
  const worker = identityOf(person.municipalityCode === 'LV-016' ? 'bauska' : 'jelgava');
  const scoped = staffPorts(ports, worker);
  const at = dates.day(-55);
  await checkDocuments(scoped, request(worker, 'documents.check', at), { reference, request: { verified: true } });
  await decideEligibility(scoped, request(worker, 'eligibility.decide', at), {
    reference,
    request: { decision: 'eligible' },
  });
  const [supportNeed, noOtherServices, livesAlone] = person.points;
  await recordScores(scoped, request(worker, 'scores.record', at), {
    reference,
    request: {
      points: { 'support-need': supportNeed, 'no-other-services': noOtherServices, 'lives-alone': livesAlone },
      justification: 'Novērtēts sarunā ar personu un pēc dokumentiem.',
    },
  });
}

/**
 * The administrator runs the selection and publishes it, after intake closed; the publication job is driven to its
 * end here (alongside the stream, which may take some of its steps), so the results are there for the plans.
 */
async function select(ports: Ports, dates: Dates, env: LocalEnv): Promise<void> {
  const admin = identityOf('admin');
  const scoped = staffPorts(ports, admin);
  const { answer } = await runSelection(scoped, request(admin, 'selection.run', dates.day(-45)), DEMO_YEAR_ROUND_ID);
  await publishSelection(scoped, request(admin, 'selection.publish', dates.day(-45, 1)), {
    roundId: DEMO_YEAR_ROUND_ID,
    runId: answer.run.runId,
  });
  await drainPublication(ports, DEMO_YEAR_ROUND_ID, {
    webUrl: env.PUBLIC_WEB_URL,
    ratePerSecond: Number(env.MAIL_RATE_PER_SECOND),
  });
}

/**
 * A participant's plan as their social worker drew it up two weeks before the start and the person agreed to it,
 * with every whole month since delivered (the first service a little less in the second month), and, when the
 * person's plan has a revision, a second version made an hour ago that waits for the person's agreement.
 */
function planOf(
  person: DemoParticipant,
  demo: DemoPlan,
  reference: string,
  serviceYear: ServiceYearRules,
  dates: Dates,
): SupportPlan {
  const worker = identityOf(person.municipalityCode === 'LV-016' ? 'bauska' : 'jelgava');
  const context = {
    serviceYear,
    municipalityCode: person.municipalityCode,
    at: dates.day(-14).toISOString(),
    by: staffRef(worker),
  };
  const request = (services: DemoService[]): PlanVersionRequest => ({
    goals: demo.goals,
    ...(demo.personView && { personView: demo.personView }),
    ...(demo.needLevel && { needLevel: demo.needLevel }),
    startDate: dates.start,
    services: services.map((service) => ({
      serviceId: service.serviceId,
      providerId: `${person.municipalityCode.toLowerCase()}-${service.provider}`,
      quantityPerMonth: service.quantityPerMonth,
      months: serviceYear.months,
    })),
  });
  const first = withinRules(newPlanVersion(request(demo.services), undefined, context));
  let plan: SupportPlan = {
    reference,
    roundId: DEMO_YEAR_ROUND_ID,
    municipalityCode: person.municipalityCode,
    versions: [
      {
        ...first,
        agreement:
          demo.agreed === 'paper'
            ? {
                how: 'paper',
                signedOn: dates.date(-10),
                recordedBy: staffRef(worker),
                at: dates.day(-10).toISOString(),
              }
            : { how: 'online', at: dates.day(-12, 3).toISOString() },
      },
    ],
    deliveries: [],
    replacedDeliveries: [],
    reviews: [],
    revision: 1,
  };
  const thisMonth = rigaCalendarDate(dates.now).slice(0, 7);
  const delivered = planMonths(first, serviceYear.months).filter((month) => month < thisMonth);
  for (const [index, month] of delivered.entries()) {
    // Written on the fifth of the next month, or two hours ago when that is still to come.
    const fifth = Date.parse(`${addMonths(`${month}-05`, 1)}T08:00:00Z`);
    const at = new Date(Math.min(fifth, dates.now.getTime() - 2 * 60 * 60 * 1000)).toISOString();
    const lines = first.services.map((service, line) => {
      const quantity = service.quantityPerMonth - (index === 1 && line === 0 ? 1 : 0);
      return {
        serviceId: service.serviceId,
        providerId: service.providerId,
        quantity,
        amountCents: quantity * service.unitPriceCents,
      };
    });
    const outcome = withinRules(recordMonth(plan, { month, lines }, { serviceYear, at, by: staffRef(worker) }));
    plan = { ...plan, deliveries: outcome.deliveries };
  }
  if (!demo.revision) return plan;
  const at = new Date(dates.now.getTime() - 60 * 60 * 1000).toISOString();
  const second = withinRules(
    newPlanVersion({ ...request(demo.revision.services), reason: demo.revision.reason }, plan, { ...context, at }),
  );
  return { ...plan, versions: [...plan.versions, second] };
}

function withinRules<T>(outcome: { ok: true; value: T } | { ok: false; problems: Violation[] }): T {
  if (!outcome.ok) throw new Error(`The demo plan breaks the plan rules: ${JSON.stringify(outcome.problems)}`);
  return outcome.value;
}

/** A demo staff account as its sign-in names it. */
function identityOf(username: 'bauska' | 'jelgava' | 'admin'): StaffIdentity {
  const account = STAFF_DEMO_ACCOUNTS.find((candidate) => candidate.username === username);
  if (!account) throw new Error(`No demo account ${username}`);
  const who = { subject: account.sub, username: account.username, displayName: account.name };
  return account.role === 'administrator'
    ? { role: 'administrator', ...who }
    : { role: 'social-worker', ...who, municipalityCode: account.municipalityCode };
}

function request(identity: StaffIdentity, action: AuditAction, at: Date): StaffContext {
  return { identity, action, requestId: randomUUID(), at };
}

function tableOf(env: LocalEnv) {
  const client = DynamoDBDocumentClient.from(
    new DynamoDBClient({ endpoint: env.DYNAMODB_ENDPOINT, region: env.AWS_REGION, credentials: LOCAL_CREDENTIALS }),
  );
  return { client, name: env.TABLE_NAME };
}

/** Seed data goes in only where nothing is yet: what was changed since is never overwritten. */
async function putOnce(table: ReturnType<typeof tableOf>, key: { pk: string; sk: string }, item: object) {
  try {
    await table.client.send(
      new PutCommand({
        TableName: table.name,
        Item: { ...key, ...item },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
  }
}
