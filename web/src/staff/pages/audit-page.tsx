import { useState } from 'preact/hooks';
import type { FieldError } from '../../api/types.ts';
import { Heading, Page } from '../../components/page.tsx';
import { TextField } from '../../components/text-field.tsx';
import { navigate, useLocation } from '../../flow/router.ts';
import { formatDay } from '../../format/dates.ts';
import type { AuditFilter } from '../api/staff-api.ts';
import type { AuditAction, AuditOutcome } from '../api/types.ts';
import { useStaffData } from '../api/use-staff-data.ts';
import { AuditTable } from '../components/audit-table.tsx';
import { InlineLoadError, Loading, NotForYou } from '../components/load-state.tsx';
import { SelectField } from '../components/select-field.tsx';
import { useFormFeedback } from '../components/use-form-feedback.ts';
import { parseDay, utcDay } from '../format/dates.ts';
import { staffMessage, useStaffTexts } from '../i18n/texts.ts';
import { staffPaths } from '../routes.ts';
import { useSignedIn } from '../session/session-context.ts';

/** The filter as the address holds it; without dates, the last seven days. */
function filterOf(search: string): AuditFilter {
  const query = new URLSearchParams(search);
  const value = (name: string) => query.get(name) || undefined;
  return {
    from: value('from') ?? utcDay(-6),
    to: value('to') ?? utcDay(0),
    username: value('username'),
    reference: value('reference'),
    action: value('action'),
    outcome: value('outcome'),
    cursor: value('cursor'),
  };
}

/** For administrators: the audit log, filtered by days, person, application, action and outcome. */
export function AuditPage() {
  const { s } = useStaffTexts();
  const { identity } = useSignedIn();
  const location = useLocation();
  const feedback = useFormFeedback();
  if (identity.role !== 'administrator') return <NotForYou text={s.common.administratorsOnly} />;
  const filter = filterOf(location.search);

  return (
    <Page
      title={s.audit.title}
      errors={feedback.errors}
      pageError={feedback.pageError}
      errorFocusKey={feedback.errorFocusKey}
    >
      <Heading>{s.audit.title}</Heading>
      <p>{s.audit.intro}</p>
      <AuditFilterForm filter={filter} onInvalid={(errors) => feedback.fail(errors)} errorOf={feedback.errorOf} />
      <AuditEntries filter={filter} />
    </Page>
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
      const text = fields[path].trim();
      const parsed = parseDay(text);
      if (!text) {
        errors.push({
          path,
          code: 'FIELD_REQUIRED',
          message: staffMessage((w) => (path === 'from' ? w.audit.requiredFrom : w.audit.requiredTo)),
        });
      } else if (!parsed) {
        errors.push({
          path,
          code: 'DATE_INVALID',
          message: staffMessage((w) => w.common.invalidDate(path === 'from' ? w.audit.from : w.audit.to)),
        });
      }
      return parsed;
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

  const actions = Object.keys(s.audit.actions) as AuditAction[];
  const outcomes = Object.keys(s.audit.outcomes) as AuditOutcome[];
  return (
    <form class="form filter-form" noValidate onSubmit={submit}>
      <div class="filter-fields">
        <TextField
          path="from"
          label={s.audit.from}
          hint={s.common.dateHint}
          size="medium"
          value={fields.from}
          onInput={set('from')}
          error={errorOf('from')}
        />
        <TextField
          path="to"
          label={s.audit.to}
          hint={s.common.dateHint}
          size="medium"
          value={fields.to}
          onInput={set('to')}
          error={errorOf('to')}
        />
        <TextField
          path="username"
          label={s.audit.username}
          optional
          size="medium"
          value={fields.username}
          onInput={set('username')}
          error={errorOf('username')}
        />
        <TextField
          path="reference"
          label={s.audit.reference}
          optional
          size="medium"
          value={fields.reference}
          onInput={set('reference')}
          error={errorOf('reference')}
        />
        <SelectField
          path="action"
          label={s.audit.action}
          value={fields.action}
          onChange={set('action')}
          options={[
            { value: '', label: s.audit.any },
            ...actions.map((value) => ({ value, label: s.audit.actions[value] })),
          ]}
        />
        <SelectField
          path="outcome"
          label={s.audit.outcome}
          value={fields.outcome}
          onChange={set('outcome')}
          options={[
            { value: '', label: s.audit.any },
            ...outcomes.map((value) => ({ value, label: s.audit.outcomes[value] })),
          ]}
        />
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
  const { data, error, retry } = useStaffData(JSON.stringify(filter), () => api.audit(filter));
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
