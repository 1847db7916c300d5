import { AccessError, RuleViolationError } from '../../domain/errors.ts';
import { reviewState } from '../../domain/review-rules.ts';
import type { StaffPorts } from '../../ports/index.ts';
import type { PersonGroupMember, ScopedApplication } from '../../ports/scoped-application-repository.ts';
import type { DuplicateMember, DuplicateResolutionRequest, DuplicatesResponse } from '../../schemas/staff-api.ts';
import { CHANGED, retryWhileChanged } from '../retry-while-changed.ts';
import { auditEntry, type StaffContext, staffRef } from './staff-context.ts';

/**
 * The person's submitted applications in the round (same personal code, found by its keyed hash), side by side.
 * Applications of another municipality show only where and when they were received: the scoped view hands out
 * no more of them.
 */
export async function listDuplicates(
  ports: StaffPorts,
  staff: StaffContext,
  reference: string,
): Promise<DuplicatesResponse> {
  const application = await ports.applications.open(reference);
  const group = await groupOf(ports, application);
  await ports.audit.append(
    auditEntry(staff, {
      roundId: application.roundId,
      reference,
      municipalityCode: application.person.municipalityCode,
      related: referencesOf(group).filter((other) => other !== reference),
    }),
  );
  return describeGroup(group);
}

/**
 * Decides which of the person's applications stands; the others are set aside. Nothing is deleted: every
 * application keeps its data and carries the decision, who made it and why. A group that reaches into another
 * municipality is decided by an administrator.
 */
export async function resolveDuplicates(
  ports: StaffPorts,
  staff: StaffContext,
  input: { reference: string; request: DuplicateResolutionRequest },
): Promise<DuplicatesResponse> {
  const { standing, reason } = input.request;
  return retryWhileChanged('APPLICATION_CHANGED', async () => {
    const application = await ports.applications.open(input.reference);
    const group = await groupOf(ports, application);
    if (group.length < 2) throw new RuleViolationError([{ code: 'NOT_A_DUPLICATE' }]);
    if (!referencesOf(group).includes(standing)) {
      throw new RuleViolationError([{ code: 'STANDING_NOT_IN_GROUP', field: 'standing' }]);
    }
    const members = group.flatMap((member) => (member.inScope ? [member.application] : []));
    if (members.length < group.length) throw new AccessError('DUPLICATES_SPAN_MUNICIPALITIES');
    const at = staff.at.toISOString();
    const resolved: ScopedApplication[] = members.map((member) => ({
      ...member,
      review: {
        ...member.review,
        duplicate: {
          outcome: member.reference === standing ? 'stands' : 'set-aside',
          standing,
          reason,
          by: staffRef(staff.identity),
          at,
        },
      },
    }));
    const audit = auditEntry(staff, {
      roundId: application.roundId,
      reference: input.reference,
      municipalityCode: application.person.municipalityCode,
      related: referencesOf(group).filter((other) => other !== input.reference),
    });
    if ((await ports.applications.saveReviewed(resolved, audit)) === 'changed') return CHANGED;
    return describeGroup(resolved.map((member) => ({ inScope: true, application: member })));
  });
}

async function groupOf(ports: StaffPorts, application: ScopedApplication): Promise<PersonGroupMember[]> {
  if (application.status !== 'submitted') return [{ inScope: true, application }];
  return ports.applications.ofPerson(application.roundId, application.personalCode.keyedHash);
}

function referencesOf(group: readonly PersonGroupMember[]): string[] {
  return group.map((member) => member.application.reference);
}

function describeGroup(group: readonly PersonGroupMember[]): DuplicatesResponse {
  const decision = group
    .map((member) => (member.inScope ? member.application.review?.duplicate : member.application.duplicate))
    .find((duplicate) => duplicate !== undefined);
  return {
    applications: group.map(memberView),
    ...(decision && {
      resolution: { standing: decision.standing, reason: decision.reason, by: decision.by.username, at: decision.at },
    }),
    canResolve: group.length > 1 && group.every((member) => member.inScope),
  };
}

function memberView(member: PersonGroupMember): DuplicateMember {
  if (!member.inScope) {
    const { reference, municipalityCode, receivedAt, channel, state } = member.application;
    return { reference, municipalityCode, receivedAt, channel, state };
  }
  const { application } = member;
  const { person, contact, representative, review } = application;
  return {
    reference: application.reference,
    municipalityCode: person.municipalityCode,
    receivedAt: application.receivedAt ?? application.createdAt,
    channel: application.channel,
    state: reviewState(application),
    details: {
      firstName: person.firstName,
      lastName: person.lastName,
      dateOfBirth: person.dateOfBirth,
      disabilityGroup: person.disabilityGroup,
      ...(contact.email && { email: contact.email }),
      ...(representative && { representative: `${representative.firstName} ${representative.lastName}` }),
      documentsVerified: review?.documentCheck ? review.documentCheck.verified : null,
    },
  };
}
