import type { Ports, StaffPorts } from '../../ports/index.ts';
import type { StaffIdentity } from '../../schemas/staff-identity.ts';
import { scopedPersonalData } from '../data-requests/scoped-personal-data.ts';
import { scopedApplications } from './scoped-applications.ts';

/**
 * The ports a staff request works with, once its sign-in is verified: the same ports, but the applications only
 * through the staff member's scope. Each port is reached only when used, as in the composition root, so a
 * function builds no client it does not need.
 */
export function staffPorts(ports: Ports, identity: StaffIdentity): StaffPorts {
  let applications: StaffPorts['applications'] | undefined;
  let personalData: StaffPorts['personalData'] | undefined;
  return {
    get applications() {
      applications ??= scopedApplications(ports.applications, identity);
      return applications;
    },
    get rounds() {
      return ports.rounds;
    },
    get documents() {
      return ports.documents;
    },
    get audit() {
      return ports.audit;
    },
    get selectionRuns() {
      return ports.selectionRuns;
    },
    get serviceYears() {
      return ports.serviceYears;
    },
    /**
     * Not scoped here: a plan belongs to an application, so a use case opens the application through the scoped
     * `applications` first (another municipality's answers as not found) and only then reads or saves its plan,
     * and lists a municipality's plans only when `applications.covers` it.
     */
    get supportPlans() {
      return ports.supportPlans;
    },
    get staffTokens() {
      return ports.staffTokens;
    },
    get keyring() {
      return ports.keyring;
    },
    get mailer() {
      return ports.mailer;
    },
    get notifications() {
      return ports.notifications;
    },
    get personalData() {
      personalData ??= scopedPersonalData(ports.personalData, identity);
      return personalData;
    },
    get retention() {
      return ports.retention;
    },
    get documentErasure() {
      return ports.documentErasure;
    },
    randomInt: (max) => ports.randomInt(max),
  };
}
