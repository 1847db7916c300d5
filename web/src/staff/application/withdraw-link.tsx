import { useStaffTexts } from '../i18n/texts.ts';
import { staffPaths } from '../routes.ts';

/** The way to the withdrawal step of an application, from its overview and from its result. */
export function WithdrawLink({ reference }: { reference: string }) {
  const { s } = useStaffTexts();
  return <a href={staffPaths.applicationStep(reference, 'withdrawal')}>{s.application.withdrawAction}</a>;
}
