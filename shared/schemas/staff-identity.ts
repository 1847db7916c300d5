import * as z from 'zod/mini';
import { lazySchema } from './lazy-schema.ts';
import { MunicipalityCodeSchema } from './round.ts';

/** The Cognito user-pool groups staff belong to. */
export const STAFF_GROUPS = { socialWorker: 'social-workers', administrator: 'administrators' } as const;

/** Cognito's name for a custom attribute; the pool makes it immutable, so users cannot move themselves. */
export const MUNICIPALITY_CLAIM = 'custom:municipality';

/** Staff send their ID token in this header, as `Bearer <token>`: never in a URL. */
export const AUTHORIZATION_HEADER = 'authorization';

/**
 * The claims of a staff ID token, as Cognito issues them and as the local sign-in stand-in issues them too.
 * Signature, issuer, audience and expiry are checked before these are read.
 */
export const StaffTokenClaimsSchema = lazySchema(() =>
  z.object({
    sub: z.string().check(z.minLength(1)),
    token_use: z.literal('id'),
    'cognito:username': z.string().check(z.minLength(1)),
    'cognito:groups': z._default(z.array(z.string()), []),
    [MUNICIPALITY_CLAIM]: z.optional(MunicipalityCodeSchema),
    name: z.optional(z.string().check(z.minLength(1))),
  }),
);
export type StaffTokenClaims = z.input<typeof StaffTokenClaimsSchema>;

export const StaffRoleSchema = z.enum(['social-worker', 'administrator']);
export type StaffRole = z.infer<typeof StaffRoleSchema>;

/**
 * Who is asking. A social worker always has a municipality and sees only it; an administrator has none and sees
 * every municipality. The municipality comes only from the token, never from a path or a body.
 */
export const StaffIdentitySchema = lazySchema(() =>
  z.discriminatedUnion('role', [
    z.object({
      role: z.literal('social-worker'),
      subject: z.string(),
      username: z.string(),
      displayName: z.string(),
      municipalityCode: MunicipalityCodeSchema,
    }),
    z.object({
      role: z.literal('administrator'),
      subject: z.string(),
      username: z.string(),
      displayName: z.string(),
    }),
  ]),
);
export type StaffIdentity = z.infer<typeof StaffIdentitySchema>;
