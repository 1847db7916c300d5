import { Heading, Page } from './page.tsx';

/**
 * A page with nothing to do on it (an address that is no page, a confirmation no longer at hand): its title as
 * the h1, one sentence why, and the one link that leads on.
 */
export function DeadEndPage({
  title,
  text,
  link,
}: {
  title: string;
  text: string;
  link: { href: string; text: string };
}) {
  return (
    <Page title={title}>
      <Heading>{title}</Heading>
      <p>{text}</p>
      <p>
        <a href={link.href}>{link.text}</a>
      </p>
    </Page>
  );
}
