import type { SocialService } from '../api/types.ts';
import { useLanguage } from '../app-context.ts';
import { SummaryList } from './summary-list.tsx';

/** Whom to call or write to: the municipality's social service, as the round names it. */
export function SocialServiceContacts({ service }: { service: SocialService }) {
  const { t, language } = useLanguage();
  return (
    <SummaryList
      rows={[
        { label: t.contacts.name, value: service.name[language] },
        { label: t.contacts.address, value: service.address },
        { label: t.contacts.phone, value: <a href={`tel:${service.phone.replace(/\s+/g, '')}`}>{service.phone}</a> },
        { label: t.contacts.email, value: <a href={`mailto:${service.email}`}>{service.email}</a> },
      ]}
    />
  );
}
