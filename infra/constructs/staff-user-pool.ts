import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import {
  AccountRecovery,
  ClientAttributes,
  FeaturePlan,
  Mfa,
  StandardThreatProtectionMode,
  StringAttribute,
  UserPool,
  type UserPoolClient,
} from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import { MIN_PASSWORD_LENGTH } from '../../shared/domain/staff-password-policy.ts';
import { MUNICIPALITY_CLAIM, STAFF_GROUPS } from '../../shared/schemas/staff-identity.ts';

/** What a function needs to verify a staff ID token itself: who issues it, for which client, with which keys. */
export interface StaffTokenSettings {
  /** `https://cognito-idp.<region>.amazonaws.com/<poolId>`: the `iss` claim of the pool's tokens. */
  readonly issuer: string;
  /** The web app client's id: the `aud` claim of its ID tokens. */
  readonly audience: string;
  /** The pool's public signing keys. */
  readonly jwksUrl: string;
}

export interface StaffUserPoolProps {
  /** @default RemovalPolicy.RETAIN */
  readonly removalPolicy?: RemovalPolicy;
}

/** `custom:municipality` without Cognito's prefix: custom attributes are declared by their bare name. */
const MUNICIPALITY_ATTRIBUTE = MUNICIPALITY_CLAIM.replace(/^custom:/, '');

/**
 * The staff of the social services and the ministry's administrators. Nobody signs up: an administrator creates
 * each account with its municipality, which no one can change afterwards (an immutable attribute), so a social
 * worker cannot move to another municipality's applications. Passwords are long and MFA with an authenticator
 * app is required of everyone, because one account opens health and disability data of a whole municipality.
 *
 * Threat protection is on and enforcing: Cognito blocks sign-ins with credentials known to be leaked and asks
 * risky ones for more. It needs the Plus plan, billed per monthly active user; with a few dozen staff that is
 * a few euros a month for accounts that each open a municipality's health data.
 */
export class StaffUserPool extends Construct {
  readonly userPool: UserPool;
  /** The web app's client: public (no secret), so it can run in the browser. */
  readonly webClient: UserPoolClient;
  /** What the staff functions verify tokens against. */
  readonly tokenSettings: StaffTokenSettings;

  constructor(scope: Construct, id: string, props: StaffUserPoolProps = {}) {
    super(scope, id);
    const removalPolicy = props.removalPolicy ?? RemovalPolicy.RETAIN;
    this.userPool = new UserPool(this, 'Pool', {
      selfSignUpEnabled: false,
      signInAliases: { username: true },
      signInCaseSensitive: false,
      standardAttributes: {
        // Account recovery goes to this address, so it is required and changes only once the new one is verified.
        email: { required: true, mutable: true },
        fullname: { required: false, mutable: true },
      },
      autoVerify: { email: true },
      keepOriginal: { email: true },
      customAttributes: {
        [MUNICIPALITY_ATTRIBUTE]: new StringAttribute({ minLen: 6, maxLen: 6, mutable: false }),
      },
      passwordPolicy: {
        minLength: MIN_PASSWORD_LENGTH,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        passwordHistorySize: 5,
        tempPasswordValidity: Duration.days(3),
      },
      mfa: Mfa.REQUIRED,
      // An authenticator app only: SMS codes can be intercepted, and they cost per message.
      mfaSecondFactor: { sms: false, otp: true },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      featurePlan: FeaturePlan.PLUS,
      standardThreatProtectionMode: StandardThreatProtectionMode.FULL_FUNCTION,
      deletionProtection: true,
      removalPolicy,
    });

    // Group membership is what makes someone an administrator, so the groups are kept like the pool.
    const groups = [
      { id: 'Administrators', name: STAFF_GROUPS.administrator, description: 'Every municipality; the audit log' },
      { id: 'SocialWorkers', name: STAFF_GROUPS.socialWorker, description: 'Their own municipality only' },
    ];
    groups.forEach((group, precedence) => {
      this.userPool
        .addGroup(group.id, { groupName: group.name, description: group.description, precedence })
        .applyRemovalPolicy(removalPolicy);
    });

    this.webClient = this.userPool.addClient('WebClient', {
      generateSecret: false,
      authFlows: { userPassword: true, userSrp: true },
      // The web app signs in with the API above, never through the hosted pages: no OAuth flows, no redirects.
      disableOAuth: true,
      idTokenValidity: Duration.hours(1),
      accessTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.hours(8),
      enableTokenRevocation: true,
      preventUserExistenceErrors: true,
      readAttributes: new ClientAttributes()
        .withStandardAttributes({ fullname: true, email: true, emailVerified: true, locale: true })
        .withCustomAttributes(MUNICIPALITY_ATTRIBUTE),
      // Never the municipality. The list cannot be empty: Cognito reads an empty list as "every attribute", so it
      // names the one harmless attribute a staff member may set themselves, their language.
      writeAttributes: new ClientAttributes().withStandardAttributes({ locale: true }),
    });

    const stack = Stack.of(this);
    const issuer = `https://cognito-idp.${stack.region}.${stack.urlSuffix}/${this.userPool.userPoolId}`;
    this.tokenSettings = {
      issuer,
      audience: this.webClient.userPoolClientId,
      jwksUrl: `${issuer}/.well-known/jwks.json`,
    };
  }
}
