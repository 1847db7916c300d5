import { type CarriedAdapters, carriedAdapters } from '../carried-adapters.ts';
import type { FunctionNeeds } from '../function-needs.ts';
import type { Ports } from '../ports/index.ts';

/** What a function carries a port with: a port of the table by itself, the others by their family. */
type Carrier = Exclude<keyof CarriedAdapters, 'dynamodb'>;

/** The carrier of each port; the keyring and random numbers every function has. */
const CARRIER: Record<keyof Ports, Carrier | undefined> = {
  rounds: 'rounds',
  applications: 'applications',
  audit: 'audit',
  selectionRuns: 'selectionRuns',
  serviceYears: 'serviceYears',
  supportPlans: 'supportPlans',
  notifications: 'notifications',
  personalData: 'personalData',
  retention: 'retention',
  documents: 's3',
  documentErasure: 's3',
  mailer: 'ses',
  staffTokens: 'staffTokens',
  keyring: undefined,
  randomInt: undefined,
};

/** What a function must declare in its needs (`shared/routes/<handler>.ts`, or `shared/routes.ts`) to carry each. */
function needOf(carrier: Carrier): string {
  switch (carrier) {
    case 's3':
      return 'bucket';
    case 'ses':
      return 'mail';
    case 'staffTokens':
      return 'staffAuth';
    case 'audit':
      return 'audit';
    default:
      return `table and the ${carrier} repository`;
  }
}

/** The error of a port the function does not carry, naming what to declare. */
export function notCarried(carrier: Carrier): Error {
  return new Error(`This function carries no ${carrier} adapter: its needs must name ${needOf(carrier)}.`);
}

/**
 * The ports a function declares in its needs, and no other: any other fails when used, naming what to declare.
 * A deployed function's bundle leaves the others out anyway; run from source (the tests, the local host), where
 * every adapter is there, a function fails the same way, so a test that runs it shows an undeclared port.
 */
export function declaredPorts(ports: Ports, needs: FunctionNeeds): Ports {
  const carried = carriedAdapters(needs);
  const view = {};
  for (const [name, carrier] of Object.entries(CARRIER) as [keyof Ports, Carrier | undefined][]) {
    Object.defineProperty(view, name, {
      enumerable: true,
      get: () => {
        if (carrier && !carried[carrier]) throw notCarried(carrier);
        return ports[name];
      },
    });
  }
  return view as Ports;
}
