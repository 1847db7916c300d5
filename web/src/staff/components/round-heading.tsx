import type { ComponentChildren } from 'preact';
import type { Round } from '../../api/types.ts';
import { Heading } from '../../components/page.tsx';
import { useStaffTexts } from '../i18n/texts.ts';
import { RoundNav, type RoundNavPage } from './round-nav.tsx';

/**
 * The top of a round's page: its title, the round it is about (and `children`, e.g. the municipality, on the same
 * line), and the round's navigation with this page marked.
 */
export function RoundHeading(props: { title: string; round: Round; nav?: RoundNavPage; children?: ComponentChildren }) {
  const { s, language } = useStaffTexts();
  return (
    <>
      <Heading>{props.title}</Heading>
      <p class="lead">
        {s.queue.roundLine(props.round.name[language])}
        {props.children}
      </p>
      {props.nav && <RoundNav roundId={props.round.id} current={props.nav} />}
    </>
  );
}
