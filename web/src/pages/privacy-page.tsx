import { DEFAULT_DRAFT_DAYS } from '../../../shared/domain/draft-days.ts';
import { useApp } from '../app-context.ts';
import { Heading, Page } from '../components/page.tsx';
import { useLocation } from '../flow/router.ts';
import { paths, returnToOf } from '../flow/routes.ts';

/**
 * The privacy notice of the round, in plain words: who is responsible, what is kept and why, who helps, for how
 * long (the round's own periods), and the person's rights. Linked from the start page and the consent page.
 */
export function PrivacyPage() {
  const { t, round } = useApp();
  const location = useLocation();
  const words = t.privacy;
  const returnTo = returnToOf(location.search);
  const backHref = returnTo ? paths.step(round.id, returnTo) : paths.start(round.id);
  const list = (items: readonly string[]) => (
    <ul class="list">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );

  return (
    <Page title={words.title} backHref={backHref}>
      <Heading>{words.title}</Heading>
      <p>{words.intro}</p>
      <h2>{words.controllerTitle}</h2>
      {list(words.controller)}
      <h2>{words.whatTitle}</h2>
      {list(words.what)}
      <h2>{words.whyTitle}</h2>
      {words.why.map((text) => (
        <p key={text}>{text}</p>
      ))}
      <h2>{words.processorsTitle}</h2>
      {list(words.processors)}
      <h2>{words.howLongTitle}</h2>
      <p>{words.draftKept(round.retention.draftDays ?? DEFAULT_DRAFT_DAYS)}</p>
      <p>{words.notSelected(round.retention.notSelectedDays)}</p>
      <p>{words.selected(round.retention.participantDays)}</p>
      <h2>{words.rightsTitle}</h2>
      {list(words.rights)}
      <p>{words.askService}</p>
      <p>{words.complaint}</p>
    </Page>
  );
}
