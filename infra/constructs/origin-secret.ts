import { type RemovalPolicy, SecretValue } from 'aws-cdk-lib';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { acknowledge } from '../nag.ts';

/** The header CloudFront adds to every request it forwards to the API, and the functions check. */
export const ORIGIN_HEADER = 'x-origin-verify';

export interface OriginSecretProps {
  /** The secret's name: the distribution reads the value by it, without a cross-stack reference. */
  readonly secretName: string;
  readonly removalPolicy: RemovalPolicy;
}

/**
 * The value CloudFront sends the API in `x-origin-verify`. The API's own `execute-api` address can be called
 * directly, past AWS WAF; every function refuses a request without this value, so only requests that went through
 * the distribution (and its web ACL) are answered. Not a credential of any person: replacing it means deploying
 * the web stack again, which picks up the new value.
 */
export class OriginSecret extends Construct {
  readonly secret: Secret;

  constructor(scope: Construct, id: string, props: OriginSecretProps) {
    super(scope, id);
    this.secret = new Secret(this, 'Secret', {
      secretName: props.secretName,
      description: `Value of the ${ORIGIN_HEADER} header CloudFront sends the API`,
      generateSecretString: { passwordLength: 48, excludePunctuation: true, includeSpace: false },
      removalPolicy: props.removalPolicy,
    });
    acknowledge(this.secret, {
      'AwsSolutions-SMG4': ROTATION_REASON,
      'HIPAA.Security-SecretsManagerRotationEnabled': ROTATION_REASON,
      'HIPAA.Security-SecretsManagerUsingKMSKey':
        'The value guards only against calls that skip the distribution; it protects no data, and the IAM permission ' +
        'on the secret decides who may read it.',
    });
  }
}

const ROTATION_REASON =
  'CloudFront reads the value when the web stack is deployed, so a rotation would lock the site out of the API ' +
  'until the next deployment; it is replaced by changing the secret and deploying both stacks.';

/** The secret's value as a CloudFormation dynamic reference, resolved at deployment and never in the template. */
export function originSecretValue(secretName: string): string {
  return SecretValue.secretsManager(secretName).unsafeUnwrap();
}
