import type { AuditAction, AuditEntry, AuditOutcome } from '../../schemas/audit.ts';
import type { StaffIdentity } from '../../schemas/staff-identity.ts';
import type { StaffRef } from '../../schemas/staff-ref.ts';

/** One staff request: who asks (once the token is verified), what for, and when the gateway received it. */
export interface StaffRequest {
  identity?: StaffIdentity;
  action: AuditAction;
  requestId: string;
  at: Date;
}

/** A request whose sign-in was verified. */
export interface StaffContext extends StaffRequest {
  identity: StaffIdentity;
}

/** What a request reached for; the audit entry names it. */
export interface AuditTarget {
  roundId?: string;
  reference?: string;
  municipalityCode?: string;
  related?: string[];
}

/** The audit entry of a request: ids and codes only, never a personal code, a name or health data. */
export function auditEntry(
  request: StaffRequest,
  target: AuditTarget,
  outcome: AuditOutcome = 'succeeded',
  reason?: string,
): AuditEntry {
  const { identity } = request;
  return {
    id: request.requestId,
    at: request.at.toISOString(),
    ...(identity && {
      actor: {
        subject: identity.subject,
        username: identity.username,
        role: identity.role,
        ...(identity.role === 'social-worker' && { municipalityCode: identity.municipalityCode }),
      },
    }),
    action: request.action,
    ...(target.roundId && { roundId: target.roundId }),
    ...(target.reference && { reference: target.reference }),
    ...(target.municipalityCode && { municipalityCode: target.municipalityCode }),
    ...(target.related && target.related.length > 0 && { related: target.related }),
    outcome,
    ...(reason && { reason }),
  };
}

/** Who decided, as an application keeps it. */
export function staffRef(identity: StaffIdentity): StaffRef {
  return { subject: identity.subject, username: identity.username, displayName: identity.displayName };
}
