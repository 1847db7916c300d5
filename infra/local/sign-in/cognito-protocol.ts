import * as z from 'zod/mini';

/**
 * The part of the Cognito Identity Provider JSON protocol a browser uses to sign staff in: one POST to the
 * service's root, the operation named in `X-Amz-Target`, JSON in and out. Answers and errors have Cognito's
 * shape, so a web app written against the stand-in works against the user pool unchanged.
 */
export const AMZ_JSON = 'application/x-amz-json-1.1';
const TARGET_PREFIX = 'AWSCognitoIdentityProviderService.';
export const INITIATE_AUTH_TARGET = `${TARGET_PREFIX}InitiateAuth`;
export const RESPOND_TO_AUTH_CHALLENGE_TARGET = `${TARGET_PREFIX}RespondToAuthChallenge`;
export const ASSOCIATE_SOFTWARE_TOKEN_TARGET = `${TARGET_PREFIX}AssociateSoftwareToken`;
export const VERIFY_SOFTWARE_TOKEN_TARGET = `${TARGET_PREFIX}VerifySoftwareToken`;
/** Every operation of a sign-in, the steps after the password included; nothing else is answered. */
export const SIGN_IN_TARGETS = [
  INITIATE_AUTH_TARGET,
  RESPOND_TO_AUTH_CHALLENGE_TARGET,
  ASSOCIATE_SOFTWARE_TOKEN_TARGET,
  VERIFY_SOFTWARE_TOKEN_TARGET,
] as const;
export const PASSWORD_FLOW = 'USER_PASSWORD_AUTH';

/** The further steps the user pool may ask for after the password. */
export type ChallengeName = 'NEW_PASSWORD_REQUIRED' | 'MFA_SETUP' | 'SOFTWARE_TOKEN_MFA';
const CHALLENGE_NAMES: readonly string[] = ['NEW_PASSWORD_REQUIRED', 'MFA_SETUP', 'SOFTWARE_TOKEN_MFA'];

export type CognitoErrorType =
  | 'NotAuthorizedException'
  | 'ResourceNotFoundException'
  | 'InvalidParameterException'
  | 'InvalidPasswordException'
  | 'CodeMismatchException'
  | 'EnableSoftwareTokenMFAException'
  | 'InternalErrorException';

export interface CognitoAnswer {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
}

const InitiateAuthSchema = z.object({
  AuthFlow: z.string(),
  ClientId: z.string(),
  AuthParameters: z.optional(z.record(z.string(), z.string())),
});

const RespondSchema = z.object({
  ChallengeName: z.string(),
  ClientId: z.string(),
  Session: z.optional(z.string()),
  ChallengeResponses: z.optional(z.record(z.string(), z.string())),
});

const AssociateSchema = z.object({ Session: z.optional(z.string()), AccessToken: z.optional(z.string()) });

const VerifySchema = z.object({
  Session: z.optional(z.string()),
  AccessToken: z.optional(z.string()),
  UserCode: z.string(),
  FriendlyDeviceName: z.optional(z.string()),
});

/** One step of a sign-in, read from its request. */
export type SignInAttempt =
  | { kind: 'password'; username: string; password: string }
  | { kind: 'new-password'; session: string; username: string; newPassword: string }
  | { kind: 'mfa-setup'; session: string; username: string }
  | { kind: 'mfa-code'; session: string; username: string; code: string }
  | { kind: 'associate-token'; session: string }
  | { kind: 'verify-token'; session: string; code: string }
  | { kind: 'refused'; answer: CognitoAnswer };

type Refuse = (type: CognitoErrorType, message: string) => SignInAttempt;

/**
 * Reads a request of a sign-in for the app client `clientId`: the password (InitiateAuth), the answer to a
 * challenge (RespondToAuthChallenge), or setting up an authenticator app during sign-in (AssociateSoftwareToken
 * and VerifySoftwareToken with the sign-in's Session). Only the password flow is offered, as the app client in
 * AWS offers it to the web app; anything else is refused as Cognito refuses what a client does not allow.
 */
export function readSignInAttempt(
  request: { contentType: string | undefined; target: string | undefined; body: Buffer },
  clientId: string,
): SignInAttempt {
  const refuse: Refuse = (type, message) => ({ kind: 'refused', answer: cognitoError(type, message) });
  if (request.contentType?.split(';')[0]?.trim().toLowerCase() !== AMZ_JSON) {
    return refuse('InvalidParameterException', `The request must have Content-Type ${AMZ_JSON}.`);
  }
  const body = parseJson(request.body);
  switch (request.target) {
    case INITIATE_AUTH_TARGET:
      return readInitiateAuth(body, clientId, refuse);
    case RESPOND_TO_AUTH_CHALLENGE_TARGET:
      return readRespond(body, clientId, refuse);
    case ASSOCIATE_SOFTWARE_TOKEN_TARGET: {
      const parsed = AssociateSchema.safeParse(body);
      if (!parsed.success) return refuse('InvalidParameterException', 'The request needs a Session.');
      if (!parsed.data.Session) return refuse('InvalidParameterException', 'Only a sign-in Session is accepted here.');
      return { kind: 'associate-token', session: parsed.data.Session };
    }
    case VERIFY_SOFTWARE_TOKEN_TARGET: {
      const parsed = VerifySchema.safeParse(body);
      if (!parsed.success) return refuse('InvalidParameterException', 'The request needs a Session and a UserCode.');
      if (!parsed.data.Session) return refuse('InvalidParameterException', 'Only a sign-in Session is accepted here.');
      if (!/^[0-9]{6}$/.test(parsed.data.UserCode)) {
        return refuse(
          'InvalidParameterException',
          "1 validation error detected: Value at 'userCode' failed to satisfy constraint: Member must have length 6 and contain only digits",
        );
      }
      return { kind: 'verify-token', session: parsed.data.Session, code: parsed.data.UserCode };
    }
    default:
      return refuse('InvalidParameterException', `Only ${SIGN_IN_TARGETS.join(', ')} are supported.`);
  }
}

function readInitiateAuth(body: unknown, clientId: string, refuse: Refuse): SignInAttempt {
  const parsed = InitiateAuthSchema.safeParse(body);
  if (!parsed.success) {
    return refuse('InvalidParameterException', 'The request needs AuthFlow, ClientId and AuthParameters.');
  }
  const { AuthFlow, ClientId, AuthParameters = {} } = parsed.data;
  if (ClientId !== clientId) return refuse('ResourceNotFoundException', 'User pool client does not exist.');
  if (AuthFlow !== PASSWORD_FLOW) {
    return refuse('InvalidParameterException', `Only the ${PASSWORD_FLOW} flow is enabled for this client.`);
  }
  const { USERNAME: username, PASSWORD: password } = AuthParameters;
  if (!username) return refuse('InvalidParameterException', 'Missing required parameter USERNAME');
  if (password === undefined) return refuse('InvalidParameterException', 'Missing required parameter PASSWORD');
  return { kind: 'password', username, password };
}

function readRespond(body: unknown, clientId: string, refuse: Refuse): SignInAttempt {
  const parsed = RespondSchema.safeParse(body);
  if (!parsed.success) {
    return refuse('InvalidParameterException', 'The request needs ChallengeName, ClientId and ChallengeResponses.');
  }
  const { ChallengeName, ClientId, Session: session, ChallengeResponses: responses = {} } = parsed.data;
  if (ClientId !== clientId) return refuse('ResourceNotFoundException', 'User pool client does not exist.');
  if (!CHALLENGE_NAMES.includes(ChallengeName)) {
    return refuse('InvalidParameterException', `Unsupported challenge ${ChallengeName}.`);
  }
  if (!session) return refuse('InvalidParameterException', 'Missing required parameter Session');
  const username = responses.USERNAME;
  if (!username) return refuse('InvalidParameterException', 'Missing required parameter USERNAME');
  if (ChallengeName === 'NEW_PASSWORD_REQUIRED') {
    const newPassword = responses.NEW_PASSWORD;
    if (newPassword === undefined)
      return refuse('InvalidParameterException', 'Missing required parameter NEW_PASSWORD');
    return { kind: 'new-password', session, username, newPassword };
  }
  if (ChallengeName === 'SOFTWARE_TOKEN_MFA') {
    const code = responses.SOFTWARE_TOKEN_MFA_CODE;
    if (code === undefined) {
      return refuse('InvalidParameterException', 'Missing required parameter SOFTWARE_TOKEN_MFA_CODE');
    }
    return { kind: 'mfa-code', session, username, code };
  }
  return { kind: 'mfa-setup', session, username };
}

/** The one answer to a wrong password and to an unknown user alike, as Cognito gives with user-existence errors off. */
export const INCORRECT_CREDENTIALS = 'Incorrect username or password.';

/** The tokens of a successful sign-in. */
export function authenticationResult(tokens: {
  idToken: string;
  accessToken: string;
  expiresIn: number;
}): CognitoAnswer {
  return amzJson(200, {
    AuthenticationResult: {
      IdToken: tokens.idToken,
      AccessToken: tokens.accessToken,
      ExpiresIn: tokens.expiresIn,
      TokenType: 'Bearer',
    },
    ChallengeParameters: {},
  });
}

/** A further step the sign-in needs, with the session that carries it to the next request. */
export function challengeAnswer(
  name: ChallengeName,
  session: string,
  parameters: Record<string, string>,
): CognitoAnswer {
  return amzJson(200, { ChallengeName: name, Session: session, ChallengeParameters: parameters });
}

/** AssociateSoftwareToken's answer: the new key for the authenticator app. */
export function associateAnswer(secretCode: string, session: string): CognitoAnswer {
  return amzJson(200, { SecretCode: secretCode, Session: session });
}

/** VerifySoftwareToken's answer once the app's code matched. */
export function verifyAnswer(session: string): CognitoAnswer {
  return amzJson(200, { Status: 'SUCCESS', Session: session });
}

export function cognitoError(type: CognitoErrorType, message: string): CognitoAnswer {
  const answer = amzJson(type === 'InternalErrorException' ? 500 : 400, { __type: type, message });
  answer.headers['x-amzn-errortype'] = `${type}:`;
  return answer;
}

function amzJson(statusCode: number, body: object): CognitoAnswer {
  return {
    statusCode,
    headers: { 'content-type': AMZ_JSON, 'cache-control': 'no-store' },
    body: JSON.stringify(body),
  };
}

function parseJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    return undefined;
  }
}
