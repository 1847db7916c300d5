/**
 * Reads a secret's value from Secrets Manager: the application's root secret, and the origin check's value. Called
 * once per cold start, on the first request: the value then lives only in the function's memory, never in its
 * environment, where anyone who may view the function could read it.
 *
 * The client is loaded here, when a secret is first read, not when the function is imported: only functions in
 * AWS read secrets by ARN (the local host and the tests pass the values themselves), and a function does so once
 * per process, on a path that waits for Secrets Manager's answer anyway. Not fetched during the function's init
 * either: importing a handler must read no config and reach no service (the tests, the local host and the bundle
 * report import handlers), and Lambda's cold start waits for init and the first request alike, so moving the fetch
 * into init would only move it.
 */
export async function fetchSecretValue(secretArn: string, region: string): Promise<string> {
  const { GetSecretValueCommand, SecretsManagerClient } = await import('@aws-sdk/client-secrets-manager');
  const client = new SecretsManagerClient({ region });
  try {
    const { SecretString } = await client.send(new GetSecretValueCommand({ SecretId: secretArn }));
    if (!SecretString) throw new Error('The application secret has no string value');
    return SecretString;
  } finally {
    client.destroy();
  }
}
