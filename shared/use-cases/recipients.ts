import type { Application } from '../schemas/application.ts';
import type { RecipientRole } from '../schemas/delivery-problem.ts';

/** One address an application's e-mail goes to, and whether it belongs to the person or their representative. */
export interface Recipient {
  role: RecipientRole;
  email: string;
}

/**
 * Who is told about an application: the person and the representative, once each even when they share an address.
 * Every notification uses this, so the receipt and the result reach the same people.
 */
export function recipientsOf(application: Application): Recipient[] {
  const recipients: Recipient[] = [];
  if (application.representative) recipients.push({ role: 'representative', email: application.representative.email });
  const own = application.contact.email;
  if (own && own.toLowerCase() !== application.representative?.email.toLowerCase()) {
    recipients.push({ role: 'applicant', email: own });
  }
  return recipients;
}
