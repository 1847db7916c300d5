import type { StaffApplication } from '../api/types.ts';
import { readableTime } from '../format/readable-time.ts';
import { useStaffTexts } from '../i18n/texts.ts';

/**
 * E-mails of the application that bounced or that the person or the representative reported as unwanted, as
 * the mail service told us: whom it did not reach, why and when, and that the social service should reach them
 * another way. Nothing when every e-mail got through.
 */
export function DeliveryProblems({ problems }: { problems: StaffApplication['deliveryProblems'] }) {
  const { s } = useStaffTexts();
  if (problems.length === 0) return null;
  const when = (instant: string) => readableTime(s, instant);
  return (
    <section class="notice" aria-labelledby="delivery-title" data-testid="delivery-problems">
      <h2 id="delivery-title">{s.delivery.title}</h2>
      <ul>
        {/* The list only grows, in the order the problems were recorded. */}
        {problems.map((problem, index) => (
          <li key={index}>
            {s.delivery.problem(problem, when(problem.at))} {s.delivery.contact[problem.recipient]}
          </li>
        ))}
      </ul>
    </section>
  );
}
