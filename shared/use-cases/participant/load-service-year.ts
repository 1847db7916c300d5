import type { Ports } from '../../ports/index.ts';
import type { ServiceYear } from '../../schemas/service-year.ts';

/** The round's year of services, which every plan is drawn up in: a plan without one is broken data. */
export async function loadServiceYear(ports: Pick<Ports, 'serviceYears'>, roundId: string): Promise<ServiceYear> {
  const year = await ports.serviceYears.get(roundId);
  if (!year) throw new Error(`Round ${roundId} has plans but no year of services`);
  return year;
}
