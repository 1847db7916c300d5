import { Hono, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { StaffAccount } from '../../seed/staff-users.ts';
import { type NodeEnv, serveHono } from '../http/hono-server.ts';
import { NO_BODY_STATUSES } from '../http/http-answer.ts';
import {
  associateAnswer,
  authenticationResult,
  type CognitoAnswer,
  challengeAnswer,
  cognitoError,
  readSignInAttempt,
  verifyAnswer,
} from './cognito-protocol.ts';
import { createStaffSignInFlow, type SignInStep } from './staff-sign-in-flow.ts';
import { loadStaffSigningKey } from './staff-signing-key.ts';
import { createStaffTokenIssuer, type StaffTokenIssuer, TOKEN_LIFETIME_SECONDS } from './staff-tokens.ts';

/** A sign-in request is a few hundred bytes; anything far larger is not one. */
const MAX_BODY_BYTES = 64 * 1024;
const JWKS_PATH = '/.well-known/jwks.json';

export interface StaffSignInOptions {
  /** 0 picks a free port. */
  port: number;
  /** @default '127.0.0.1': the stand-in serves this machine only. */
  hostname?: string;
  /** Where the signing key survives restarts; `undefined` keeps it in memory. */
  dataDir?: string;
  /** The app client's id: the only `ClientId` accepted, and the audience of the ID tokens. */
  clientId: string;
  /** The web app's origins, which the browser calls sign-in from. */
  allowedOrigins: readonly string[];
  accounts: readonly StaffAccount[];
  /** The clock of sign-in sessions and authenticator codes. @default Date.now */
  now?: () => number;
}

export interface StaffSignIn {
  /** The `iss` of every token, and the base URL: sign-in is a POST to `<issuer>/`. */
  issuer: string;
  jwksUrl: string;
  clientId: string;
  /** For tests only: an ID token with chosen claims and times, signed with the stand-in's key. */
  issueIdToken: StaffTokenIssuer['issueIdToken'];
  stop(): Promise<void>;
}

/**
 * The local stand-in for the Cognito user pool staff sign in to: it checks a username and password against the
 * demo accounts, asks for the further steps the user pool asks for (a new password in place of a temporary one,
 * setting up an authenticator app, its code; see staff-sign-in-flow.ts) and answers with ID and access tokens
 * carrying Cognito's claims, signed with its own key, whose public half it serves as a JWKS at the issuer's
 * `/.well-known/jwks.json`, as a user pool does. Handlers verify its tokens exactly as they verify Cognito's.
 *
 * New passwords, set-up apps and sign-in sessions are kept in memory only: a restart starts from the seed again.
 * It logs nothing about requests: bodies hold passwords and codes, answers hold keys and tokens.
 */
export async function startStaffSignIn(options: StaffSignInOptions): Promise<StaffSignIn> {
  const hostname = options.hostname ?? '127.0.0.1';
  const key = await loadStaffSigningKey(options.dataDir);
  const jwks = JSON.stringify({ keys: [key.publicJwk] });
  let tokens: StaffTokenIssuer | undefined;
  const flow = createStaffSignInFlow({ accounts: options.accounts, ...(options.now && { now: options.now }) });

  const app = new Hono<NodeEnv>();
  app.get(JWKS_PATH, () =>
    toResponse({ statusCode: 200, headers: { 'content-type': 'application/json' }, body: jwks }),
  );
  app.use('/', signInCors(new Set(options.allowedOrigins)));
  app.post(
    '/',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: () => toResponse(cognitoError('InvalidParameterException', 'The request is too large.')),
    }),
    async (c) => {
      if (!tokens) return toResponse(cognitoError('InternalErrorException', 'Not started yet.'));
      const attempt = readSignInAttempt(
        {
          contentType: c.req.header('content-type'),
          target: c.req.header('x-amz-target'),
          body: Buffer.from(await c.req.arrayBuffer()),
        },
        options.clientId,
      );
      if (attempt.kind === 'refused') return toResponse(attempt.answer);
      return toResponse(await answerOf(await flow.step(attempt), tokens));
    },
  );
  app.all('/', () => {
    const answer = plain(405, 'Use POST.');
    answer.headers.allow = 'POST, OPTIONS';
    return toResponse(answer);
  });
  app.notFound(() => toResponse(plain(404, 'Not found.')));
  app.onError((error) => {
    console.error(
      JSON.stringify({
        level: 'error',
        event: 'staff-sign-in-failed',
        ...(error instanceof Error && { name: error.name, message: error.message }),
      }),
    );
    return toResponse(cognitoError('InternalErrorException', 'Internal error.'));
  });

  async function answerOf(step: SignInStep, issuer: StaffTokenIssuer): Promise<CognitoAnswer> {
    switch (step.kind) {
      case 'signed-in': {
        const issuedAt = new Date();
        return authenticationResult({
          idToken: await issuer.idToken(step.account, { issuedAt }),
          accessToken: await issuer.accessToken(step.account, { issuedAt }),
          expiresIn: TOKEN_LIFETIME_SECONDS,
        });
      }
      case 'challenge':
        return challengeAnswer(step.name, step.session, step.parameters);
      case 'token-associated':
        return associateAnswer(step.secretCode, step.session);
      case 'token-verified':
        return verifyAnswer(step.session);
      case 'refused':
        return cognitoError(step.type, step.message);
    }
  }

  const server = await serveHono(app, {
    port: options.port,
    hostname,
    portTaken: (taken) =>
      `Port ${taken} for the staff sign-in stand-in is taken. Is the system already running (npm start in another ` +
      'terminal)? Stop the other process, or choose another port with AUTH_PORT=8011 npm start.',
    unreadable: () => toResponse(cognitoError('InvalidParameterException', 'The request is not valid HTTP.')),
    failed: () => toResponse(cognitoError('InternalErrorException', 'Internal error.')),
  });
  const issuer = server.url;
  tokens = createStaffTokenIssuer({ key, issuer, clientId: options.clientId, accounts: options.accounts });

  return {
    issuer,
    jwksUrl: `${issuer}${JWKS_PATH}`,
    clientId: options.clientId,
    issueIdToken: tokens.issueIdToken,
    stop: server.close,
  };
}

/**
 * CORS for the web app's origins, by hand: the preflight answers exactly as the sign-in's browser tests expect
 * (`Vary: Origin` alone, the allowed headers as Cognito's clients send them), which Hono's cors middleware does
 * not (it adds `Access-Control-Request-Headers` to `Vary` and joins the headers without spaces).
 */
function signInCors(allowedOrigins: ReadonlySet<string>): MiddlewareHandler {
  return async (c, next) => {
    const origin = c.req.header('origin');
    const allowed = origin !== undefined && allowedOrigins.has(origin);
    // The answer depends on the Origin header, so a cache must not give one origin's answer to another.
    const cors: Record<string, string> = { vary: 'Origin', ...(allowed && { 'access-control-allow-origin': origin }) };
    if (c.req.method === 'OPTIONS') return toResponse(preflight(cors));
    await next();
    for (const [name, value] of Object.entries(cors)) c.res.headers.set(name, value);
  };
}

/** The browser asks before its cross-origin POST with Cognito's headers; only the web app's origins are let through. */
function preflight(cors: Record<string, string>): CognitoAnswer {
  if (!cors['access-control-allow-origin']) return { statusCode: 403, headers: cors, body: '' };
  return {
    statusCode: 204,
    headers: {
      ...cors,
      'access-control-allow-methods': 'POST',
      'access-control-allow-headers': 'content-type, x-amz-target, x-amz-user-agent',
      'access-control-max-age': '600',
    },
    body: '',
  };
}

function plain(statusCode: number, message: string): CognitoAnswer {
  return { statusCode, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ message }) };
}

function toResponse(answer: CognitoAnswer): Response {
  const body = NO_BODY_STATUSES.has(answer.statusCode) ? null : answer.body;
  return new Response(body, { status: answer.statusCode, headers: answer.headers });
}
