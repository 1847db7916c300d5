import { useState } from 'preact/hooks';
import type { FieldError } from '../../api/types.ts';
import { useData } from '../../api/use-data.ts';
import { Heading } from '../../components/page.tsx';
import { TextField } from '../../components/text-field.tsx';
import { navigate, useLocation } from '../../flow/router.ts';
import { formatDay } from '../../format/dates.ts';
import type { AuditFilter } from '../api/staff-api.ts';
import { AuditTable } from '../components/audit-table.tsx';
import { FeedbackPage } from '../components/feedback-page.tsx';
import { InlineLoadError, Loading, NotForYou } from '../components/load-state.tsx';
import { SelectField } from '../components/select-field.tsx';
import { useFormFeedback } from '../components/use-form-feedback.ts';
import { rigaDay } from '../format/dates.ts';
import { readDay } from '../i18n/field-errors.ts';
import { useStaffTexts } from '../i18n/texts.ts';
import { staffPaths } from '../routes.ts';
import { useSignedIn } from '../session/session-context.ts';

/** The filter as the address holds it; without dates, the last seven days in Riga, today included. */
function filterOf(search: string): AuditFilter {
  const query = new URLSearchParams(search);
  const value = (name: string) => query.get(name) || undefined;
  return {
    from: value('from') ?? rigaDay(-6),
    to: value('to') ?? rigaDay(0),
    username: value('username'),
    reference: value('reference'),
    action: value('action'),
    outcome: value('outcome'),
    cursor: value('cursor'),
  };
}

/**
 * For administrators: the audit log, filtered by days, person, application, action and outcome. The days are
 * Riga days, as the entries' times are shown; the server turns them into instants.
 */
export function AuditPage() {
  const { s } = useStaffTexts();
  const { identity } = useSignedIn();
  const location = useLocation();
  const feedback = useFormFeedback();
  if (identity.role !== 'administrator') return <NotForYou text={s.common.administratorsOnly} />;
  const filter = filterOf(location.search);

  return (
    <FeedbackPage title={s.audit.title} feedback={feedback}>
      <Heading>{s.audit.title}</Heading>
      <p>{s.audit.intro}</p>
      <AuditFilterForm filter={filter} onInvalid={(errors) => feedback.fail(errors)} errorOf={feedback.errorOf} />
      <AuditEntries filter={filter} />
    </FeedbackPage>
  );
}

function AuditFilterForm({
  filter,
  onInvalid,
  errorOf,
}: {
  filter: AuditFilter;
  onInvalid(errors: FieldError[]): void;
  errorOf(path: string): FieldError['message'] | undefined;
}) {
  const { s } = useStaffTexts();
  const [fields, setFields] = useState({
    from: formatDay(filter.from),
    to: formatDay(filter.to),
    username: filter.username ?? '',
    reference: filter.reference ?? '',
    action: filter.action ?? '',
    outcome: filter.outcome ?? '',
  });
  const set = (name: keyof typeof fields) => (value: string) => setFields((current) => ({ ...current, [name]: value }));

  const submit = (event: Event) => {
    event.preventDefault();
    const errors: FieldError[] = [];
    const day = (path: 'from' | 'to') => {
      const read = readDay(
        path,
        fields[path],
        (w) => (path === 'from' ? w.audit.requiredFrom : w.audit.requiredTo),
        (w) => (path === 'from' ? w.audit.from : w.audit.to),
      );
      if ('day' in read) return read.day;
      errors.push(read.error);
      return undefined;
    };
    const from = day('from');
    const to = day('to');
    if (errors.length > 0 || !from || !to) return onInvalid(errors);
    navigate(
      staffPaths.audit({
        from,
        to,
        username: fields.username.trim(),
        reference: fields.reference.trim().toUpperCase(),
        action: fields.action,
        outcome: fields.outcome,
      }),
    );
  };

  /** The days are required and written as the hint shows; the other boxes narrow the log when filled in. */
  const textField = (path: 'from' | 'to' | 'username' | 'reference', label: string) => {
    const isDay = path === 'from' || path === 'to';
    return (
      <TextField
        path={path}
        label={label}
        hint={isDay ? s.common.dateHint : undefined}
        optional={!isDay}
        size="medium"
        value={fields[path]}
        onInput={set(path)}
        error={errorOf(path)}
      />
    );
  };
  /** A choice among named values, or any of them. */
  const choice = (path: 'action' | 'outcome', label: string, names: Record<string, string>) => (
    <SelectField
      path={path}
      label={label}
      value={fields[path]}
      onChange={set(path)}
      options={[
        { value: '', label: s.audit.any },
        ...Object.entries(names).map(([value, name]) => ({ value, label: name })),
      ]}
    />
  );
  return (
    <form class="form filter-form" noValidate onSubmit={submit}>
      <div class="filter-fields">
        {textField('from', s.audit.from)}
        {textField('to', s.audit.to)}
        {textField('username', s.audit.username)}
        {textField('reference', s.audit.reference)}
        {choice('action', s.audit.action, s.audit.actions)}
        {choice('outcome', s.audit.outcome, s.audit.outcomes)}
      </div>
      <button type="submit" class="button">
        {s.common.show}
      </button>
    </form>
  );
}

function AuditEntries({ filter }: { filter: AuditFilter }) {
  const { s } = useStaffTexts();
  const { api } = useSignedIn();
  const { data, error, retry } = useData(JSON.stringify(filter), () => api.audit(filter));
  if (error) return <InlineLoadError error={error} retry={retry} />;
  if (!data) return <Loading />;
  const { cursor: _cursor, ...first } = filter;
  return (
    <>
      <AuditTable entries={data.entries} />
      {(data.nextCursor || filter.cursor) && (
        <p class="pagination">
          {filter.cursor && <a href={staffPaths.audit({ ...first })}>{s.common.firstPage}</a>}
          {data.nextCursor && <a href={staffPaths.audit({ ...first, cursor: data.nextCursor })}>{s.common.nextPage}</a>}
        </p>
      )}
    </>
  );
}
