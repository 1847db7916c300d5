import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';

/**
 * Reads the application's root secret from Secrets Manager. Called once per cold start: the value then lives
 * only in the function's memory, never in its environment, where anyone who may view the function could read it.
 */
export async function fetchSecretValue(secretArn: string, region: string): Promise<string> {
  const client = new SecretsManagerClient({ region });
  try {
    const { SecretString } = await client.send(new GetSecretValueCommand({ SecretId: secretArn }));
    if (!SecretString) throw new Error('The application secret has no string value');
    return SecretString;
  } finally {
    client.destroy();
  }
}
