import { timingSafeEqual } from 'node:crypto';
import { NotFoundError } from '../domain/errors.ts';
import type { Ports } from '../ports/index.ts';
import type { Application } from '../schemas/application.ts';

/**
 * The application behind a reference, for the one who holds its access code. A wrong code and an unknown
 * reference give the same answer, so neither can be probed.
 */
export async function openApplication(
  ports: Pick<Ports, 'applications' | 'keyring'>,
  reference: string,
  accessCode: string,
): Promise<Application> {
  const expected = Buffer.from(ports.keyring.accessCode(reference));
  const given = Buffer.from(accessCode);
  const application =
    expected.length === given.length && timingSafeEqual(expected, given)
      ? await ports.applications.get(reference)
      : undefined;
  if (!application) throw new NotFoundError('APPLICATION_NOT_FOUND');
  return application;
}
