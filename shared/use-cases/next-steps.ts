import type { ApplicationStatus } from '../schemas/application.ts';
import type { LocalizedText } from '../schemas/common.ts';

/** What happens next, in plain words, for each status an applicant can see. */
export const nextSteps: Record<ApplicationStatus, LocalizedText> = {
  draft: {
    lv: 'Pieteikums vēl nav iesniegts. Augšupielādējiet abus dokumentus un iesniedziet pieteikumu.',
    en: 'The application is not sent yet. Upload both documents and send the application.',
  },
  submitted: {
    lv: 'Pieteikums ir saņemts. Sociālais dienests pārbaudīs dokumentus. Rezultātu jums paziņos pa e-pastu.',
    en: 'We have received the application. The social service will check the documents. You will get the result by e-mail.',
  },
};
