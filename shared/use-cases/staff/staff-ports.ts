import type { Ports, StaffPorts } from '../../ports/index.ts';
import type { StaffIdentity } from '../../schemas/staff-identity.ts';
import { scopedPersonalData } from '../data-requests/scoped-personal-data.ts';
import { scopedApplications } from './scoped-applications.ts';

type UnscopedPort = Exclude<keyof Ports, 'applications' | 'personalData'>;

/**
 * The ports staff reach as they are. A record of every port but the scoped two, so that a port added to `Ports`
 * does not compile until it is named here or scoped.
 *
 * `supportPlans` is not scoped: a plan belongs to an application, so a use case opens the application through the
 * scoped `applications` first (another municipality's answers as not found) and only then reads or saves its plan,
 * and lists a municipality's plans only when `applications.covers` it.
 */
const AS_THEY_ARE: Record<UnscopedPort, true> = {
  rounds: true,
  documents: true,
  audit: true,
  selectionRuns: true,
  serviceYears: true,
  supportPlans: true,
  staffTokens: true,
  keyring: true,
  mailer: true,
  notifications: true,
  retention: true,
  documentErasure: true,
  randomInt: true,
};

/**
 * The ports a staff request works with, once its sign-in is verified: the same ports, but the applications only
 * through the staff member's scope. Each port is reached only when used, as in the composition root, so a
 * function builds no client it does not need.
 */
export function staffPorts(ports: Ports, identity: StaffIdentity): StaffPorts {
  let applications: StaffPorts['applications'] | undefined;
  let personalData: StaffPorts['personalData'] | undefined;
  const view = {
    get applications() {
      applications ??= scopedApplications(ports.applications, identity);
      return applications;
    },
    get personalData() {
      personalData ??= scopedPersonalData(ports.personalData, identity);
      return personalData;
    },
  };
  for (const name of Object.keys(AS_THEY_ARE) as UnscopedPort[]) {
    Object.defineProperty(view, name, { enumerable: true, get: () => ports[name] });
  }
  return view as StaffPorts;
}
