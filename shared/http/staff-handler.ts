import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { getDeclaredPorts } from '../composition.ts';
import { AccessError } from '../domain/errors.ts';
import { STAFF_NEEDS } from '../function-needs.ts';
import type { StaffPorts } from '../ports/index.ts';
import type { AuditOutcome } from '../schemas/audit.ts';
import { ReferenceSchema } from '../schemas/common.ts';
import { RoundIdSchema } from '../schemas/round.ts';
import { AUTHORIZATION_HEADER } from '../schemas/staff-identity.ts';
import {
  type AuditTarget,
  auditEntry,
  type StaffContext,
  type StaffRequest,
} from '../use-cases/staff/staff-context.ts';
import { staffPorts } from '../use-cases/staff/staff-ports.ts';
import { classifyError } from './error-table.ts';
import { httpHandler } from './http-handler.ts';
import { header, receivedAt } from './request.ts';
import type { StaffRoute } from './route-declaration.ts';

type HandleStaff = (
  event: APIGatewayProxyEventV2,
  staff: StaffContext,
  /** The applications only as the signed-in staff member may see them. */
  ports: StaffPorts,
) => Promise<APIGatewayProxyStructuredResultV2>;

/** Cognito ID tokens are about 1 KB; anything much larger is not one. */
const MAX_TOKEN_CHARS = 8 * 1024;

/**
 * The middleware of every staff function. It verifies the sign-in token itself (rather than leaving it to the
 * gateway) so that a refused request is audited like any other: missing, expired and forged tokens, the wrong
 * role, another municipality's application, invalid input. The function records its own success entry, in the
 * same transaction as the change it makes; this records every refusal and failure. Either way one request
 * leaves exactly one audit entry, and an entry that cannot be written fails the request. It runs inside
 * `httpHandler`, after its origin check: a request that did not come through the site's distribution is refused
 * before its token is read, and is not audited, as it is no staff action.
 */
export function staffHandler(
  { access, action, needs }: Pick<StaffRoute, 'access' | 'action'> & Partial<Pick<StaffRoute, 'needs'>>,
  handle: HandleStaff,
) {
  return httpHandler(async (event) => {
    // The ports its route declares, with the audit log and token verifier of every staff function.
    const ports = await getDeclaredPorts({ ...STAFF_NEEDS, ...needs });
    const request: StaffRequest = { action, requestId: event.requestContext.requestId, at: receivedAt(event) };
    try {
      const identity = await ports.staffTokens.verify(bearerToken(event));
      request.identity = identity;
      if (access === 'administrator' && identity.role !== 'administrator') {
        throw new AccessError('STAFF_ROLE_FORBIDDEN');
      }
      return await handle(event, { ...request, identity }, staffPorts(ports, identity));
    } catch (error) {
      const { outcome, reason } = auditOutcomeOf(error);
      await ports.audit.append(auditEntry(request, targetOf(event), outcome, reason));
      throw error;
    }
  });
}

function bearerToken(event: APIGatewayProxyEventV2): string {
  const value = header(event, AUTHORIZATION_HEADER);
  if (!value) throw new AccessError('STAFF_SIGN_IN_REQUIRED');
  const match = /^Bearer ([A-Za-z0-9._~+/=-]+)$/.exec(value.trim());
  if (!match?.[1] || match[1].length > MAX_TOKEN_CHARS) throw new AccessError('STAFF_TOKEN_INVALID');
  return match[1];
}

/** The round and application named in the path, when they are well-formed: nothing else of the request. */
function targetOf(event: APIGatewayProxyEventV2): AuditTarget {
  const reference = ReferenceSchema.safeParse(event.pathParameters?.reference);
  const roundId = RoundIdSchema.safeParse(event.pathParameters?.roundId);
  return {
    ...(reference.success && { reference: reference.data }),
    ...(roundId.success && { roundId: roundId.data }),
  };
}

/** How a staff request that did not succeed is audited, as the error table classifies its error. */
export function auditOutcomeOf(error: unknown): { outcome: AuditOutcome; reason: string } {
  const { outcome, reason } = classifyError(error);
  return { outcome, reason };
}
