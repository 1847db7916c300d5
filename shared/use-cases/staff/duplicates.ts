import { AccessError, RuleViolationError } from '../../domain/errors.ts';
import { reviewState } from '../../domain/review-rules.ts';
import type { Ports } from '../../ports/index.ts';
import type { Application } from '../../schemas/application.ts';
import type { DuplicateMember, DuplicateResolutionRequest, DuplicatesResponse } from '../../schemas/staff-api.ts';
import type { StaffIdentity } from '../../schemas/staff-identity.ts';
import { CHANGED, retryWhileChanged } from '../retry-while-changed.ts';
import { auditEntry, type StaffContext, staffRef } from './staff-context.ts';
import { maySee, openStaffApplication } from './staff-scope.ts';

/**
 * The person's submitted applications in the round (same personal code, found by its keyed hash), side by side.
 * Applications of another municipality show only where and when they were received.
 */
export async function listDuplicates(
  ports: Ports,
  staff: StaffContext,
  reference: string,
): Promise<DuplicatesResponse> {
  const application = await openStaffApplication(ports, staff.identity, reference);
  const group = await groupOf(ports, application);
  await ports.audit.append(
    auditEntry(staff, {
      roundId: application.roundId,
      reference,
      municipalityCode: application.person.municipalityCode,
      related: group.map((member) => member.reference).filter((other) => other !== reference),
    }),
  );
  return describeGroup(staff.identity, group);
}

/**
 * Decides which of the person's applications stands; the others are set aside. Nothing is deleted: every
 * application keeps its data and carries the decision, who made it and why. A group that reaches into another
 * municipality is decided by an administrator.
 */
export async function resolveDuplicates(
  ports: Ports,
  staff: StaffContext,
  input: { reference: string; request: DuplicateResolutionRequest },
): Promise<DuplicatesResponse> {
  const { standing, reason } = input.request;
  return retryWhileChanged('APPLICATION_CHANGED', async () => {
    const application = await openStaffApplication(ports, staff.identity, input.reference);
    const group = await groupOf(ports, application);
    if (group.length < 2) throw new RuleViolationError([{ code: 'NOT_A_DUPLICATE' }]);
    if (!group.some((member) => member.reference === standing)) {
      throw new RuleViolationError([{ code: 'STANDING_NOT_IN_GROUP', field: 'standing' }]);
    }
    if (!group.every((member) => maySee(staff.identity, member.person.municipalityCode))) {
      throw new AccessError('DUPLICATES_SPAN_MUNICIPALITIES');
    }
    const at = staff.at.toISOString();
    const resolved: Application[] = group.map((member) => ({
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
      related: group.map((member) => member.reference).filter((other) => other !== input.reference),
    });
    if ((await ports.applications.saveReviewed(resolved, audit)) === 'changed') return CHANGED;
    return describeGroup(staff.identity, resolved);
  });
}

async function groupOf(ports: Ports, application: Application): Promise<Application[]> {
  if (application.status !== 'submitted') return [application];
  return ports.applications.ofPerson(application.roundId, application.personalCode.keyedHash);
}

function describeGroup(identity: StaffIdentity, group: readonly Application[]): DuplicatesResponse {
  const decision = group.find((member) => member.review?.duplicate)?.review?.duplicate;
  return {
    applications: group.map((member) => memberView(identity, member)),
    ...(decision && {
      resolution: { standing: decision.standing, reason: decision.reason, by: decision.by.username, at: decision.at },
    }),
    canResolve: group.length > 1 && group.every((member) => maySee(identity, member.person.municipalityCode)),
  };
}

function memberView(identity: StaffIdentity, member: Application): DuplicateMember {
  const { person, contact, representative, review } = member;
  return {
    reference: member.reference,
    municipalityCode: person.municipalityCode,
    receivedAt: member.receivedAt ?? member.createdAt,
    channel: member.channel,
    state: reviewState(member),
    ...(maySee(identity, person.municipalityCode) && {
      details: {
        firstName: person.firstName,
        lastName: person.lastName,
        dateOfBirth: person.dateOfBirth,
        disabilityGroup: person.disabilityGroup,
        ...(contact.email && { email: contact.email }),
        ...(representative && { representative: `${representative.firstName} ${representative.lastName}` }),
        documentsVerified: review?.documentCheck ? review.documentCheck.verified : null,
      },
    }),
  };
}
