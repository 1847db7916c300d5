import { useData } from '../../api/use-data.ts';
import { Heading, Page } from '../../components/page.tsx';
import { SecondaryButton } from '../../components/secondary-button.tsx';
import { LoadError, Loading } from '../components/load-state.tsx';
import { useStaffTexts } from '../i18n/texts.ts';
import { RecordDocument } from '../records/record-document.tsx';
import { useSignedIn } from '../session/session-context.ts';

/**
 * Administrators: `/office/records-of-processing`, the record of processing activities (GDPR Art. 30) as the API
 * makes it from the code's declarations and the rounds, in the page's language. Printed by the browser, the page is
 * the record alone.
 */
export function ProcessingRecordPage() {
  const { s } = useStaffTexts();
  const { api } = useSignedIn();
  const { data, error, retry } = useData('processing-record', () => api.processingRecord());
  if (error) return <LoadError error={error} retry={retry} />;

  return (
    <Page title={s.records.title}>
      <Heading>{s.records.title}</Heading>
      <p class="no-print">{s.records.intro}</p>
      <p class="notice">{s.records.confirm}</p>
      <div class="button-row no-print">
        <SecondaryButton onPress={() => window.print()}>{s.records.print}</SecondaryButton>
      </div>
      <p class="no-print">{s.records.recorded}</p>
      {data ? <RecordDocument record={data} /> : <Loading />}
    </Page>
  );
}
