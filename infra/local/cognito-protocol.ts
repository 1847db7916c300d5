import { z } from 'zod';

/**
 * The part of the Cognito Identity Provider JSON protocol a browser uses to sign staff in: one POST to the
 * service's root, the operation named in `X-Amz-Target`, JSON in and out. Answers and errors have Cognito's
 * shape, so a web app written against the stand-in works against the user pool unchanged.
 */
export const AMZ_JSON = 'application/x-amz-json-1.1';
export const INITIATE_AUTH_TARGET = 'AWSCognitoIdentityProviderService.InitiateAuth';
export const PASSWORD_FLOW = 'USER_PASSWORD_AUTH';

export type CognitoErrorType =
  | 'NotAuthorizedException'
  | 'ResourceNotFoundException'
  | 'InvalidParameterException'
  | 'InternalErrorException';

export interface CognitoAnswer {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
}

const InitiateAuthSchema = z.object({
  AuthFlow: z.string(),
  ClientId: z.string(),
  AuthParameters: z.record(z.string(), z.string()).optional(),
});

export type SignInAttempt =
  | { kind: 'password'; username: string; password: string }
  | { kind: 'refused'; answer: CognitoAnswer };

/**
 * Reads an InitiateAuth request for the app client `clientId`. Only the password flow is offered: the stand-in
 * has no multi-factor, refresh or SRP flows, and anything else is refused as Cognito refuses a flow the app
 * client does not allow.
 */
export function readSignInAttempt(
  request: { contentType: string | undefined; target: string | undefined; body: Buffer },
  clientId: string,
): SignInAttempt {
  const refuse = (type: CognitoErrorType, message: string): SignInAttempt => ({
    kind: 'refused',
    answer: cognitoError(type, message),
  });
  if (request.contentType?.split(';')[0]?.trim().toLowerCase() !== AMZ_JSON) {
    return refuse('InvalidParameterException', `The request must have Content-Type ${AMZ_JSON}.`);
  }
  if (request.target !== INITIATE_AUTH_TARGET) {
    return refuse('InvalidParameterException', `Only ${INITIATE_AUTH_TARGET} is supported.`);
  }
  const parsed = InitiateAuthSchema.safeParse(parseJson(request.body));
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

/** The one answer to a wrong password and to an unknown user alike, as Cognito gives with user-existence errors off. */
export function notAuthorized(): CognitoAnswer {
  return cognitoError('NotAuthorizedException', 'Incorrect username or password.');
}

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
