import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { StaffAccount } from '../../seed/staff-users.ts';
import { StandInError } from '../stand-ins.ts';
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
  const allowedOrigins = new Set(options.allowedOrigins);
  const key = await loadStaffSigningKey(options.dataDir);
  const jwks = JSON.stringify({ keys: [key.publicJwk] });
  let tokens: StaffTokenIssuer | undefined;
  const flow = createStaffSignInFlow({ accounts: options.accounts, ...(options.now && { now: options.now }) });

  const server = createServer((req, res) => {
    handle(req, res).catch((error) => {
      console.error(
        JSON.stringify({
          level: 'error',
          event: 'staff-sign-in-failed',
          ...(error instanceof Error && { name: error.name, message: error.message }),
        }),
      );
      if (!res.headersSent) send(res, cognitoError('InternalErrorException', 'Internal error.'), {});
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '/').split('?')[0];
    const origin = req.headers.origin;
    // The answer depends on the Origin header, so a cache must not give one origin's answer to another.
    const cors: Record<string, string> = {
      vary: 'Origin',
      ...(origin && allowedOrigins.has(origin) && { 'access-control-allow-origin': origin }),
    };
    if (path === JWKS_PATH && (req.method === 'GET' || req.method === 'HEAD')) {
      return send(res, { statusCode: 200, headers: { 'content-type': 'application/json' }, body: jwks }, {});
    }
    if (path !== '/') return send(res, plain(404, 'Not found.'), {});
    if (req.method === 'OPTIONS') return send(res, preflight(cors), cors);
    if (req.method !== 'POST') return send(res, plain(405, 'Use POST.'), { ...cors, allow: 'POST, OPTIONS' });

    const body = await readBody(req);
    if (body === 'too-large') {
      return send(res, cognitoError('InvalidParameterException', 'The request is too large.'), cors);
    }
    if (!tokens) return send(res, cognitoError('InternalErrorException', 'Not started yet.'), cors);
    const attempt = readSignInAttempt(
      { contentType: req.headers['content-type'], target: header(req, 'x-amz-target'), body },
      options.clientId,
    );
    if (attempt.kind === 'refused') return send(res, attempt.answer, cors);
    send(res, await answerOf(await flow.step(attempt), tokens), cors);
  }

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

  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new StandInError(
              `Port ${options.port} for the staff sign-in stand-in is taken. Is the system already running (npm start ` +
                'in another terminal)? Stop the other process, or choose another port with AUTH_PORT=8011 npm start.',
            )
          : error,
      ),
    );
    server.listen(options.port, hostname, resolve);
  });
  const address = server.address();
  const issuer = `http://${hostname}:${typeof address === 'object' && address ? address.port : options.port}`;
  tokens = createStaffTokenIssuer({ key, issuer, clientId: options.clientId, accounts: options.accounts });

  return {
    issuer,
    jwksUrl: `${issuer}${JWKS_PATH}`,
    clientId: options.clientId,
    issueIdToken: tokens.issueIdToken,
    stop: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** The browser asks before its cross-origin POST with Cognito's headers; only the web app's origins are let through. */
function preflight(cors: Record<string, string>): CognitoAnswer {
  if (!cors['access-control-allow-origin']) return { statusCode: 403, headers: {}, body: '' };
  return {
    statusCode: 204,
    headers: {
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

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function send(res: ServerResponse, answer: CognitoAnswer, cors: Record<string, string>): void {
  res.statusCode = answer.statusCode;
  for (const [name, value] of Object.entries({ ...answer.headers, ...cors })) res.setHeader(name, value);
  res.end(answer.body);
}

/** Reads the whole body; past the limit it keeps draining so the client still gets the answer. */
function readBody(req: IncomingMessage): Promise<Buffer | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
      else chunks.length = 0;
    });
    req.on('end', () => resolve(size > MAX_BODY_BYTES ? 'too-large' : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
