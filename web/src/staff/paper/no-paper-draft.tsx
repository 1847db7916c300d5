import { Heading, Page } from '../../components/page.tsx';
import { useStaffTexts } from '../i18n/texts.ts';
import { staffPaths } from '../routes.ts';

/** A later step of the paper form opened before the details were registered: it leads back to them. */
export function NoPaperDraft(props: {
  roundId: string;
  title: string;
  progress: { step: number; total: number };
  backHref: string;
}) {
  const { s } = useStaffTexts();
  return (
    <Page title={props.title} progress={props.progress} backHref={props.backHref}>
      <Heading>{props.title}</Heading>
      <p>{s.paper.noDraft}</p>
      <p>
        <a href={staffPaths.paper(props.roundId)}>{s.paper.toDetails}</a>
      </p>
    </Page>
  );
}
