import { describe, expect, it } from 'vitest';
import { fieldErrors } from '../../shared/http/validation-messages.ts';
import { CreateApplicationRequestSchema } from '../../shared/schemas/application.ts';
import { validRequest } from '../fixtures/requests.ts';

const PERSONAL_CODE = '161175-19997';

/** The field entries for a body, as the HTTP layer makes them: from a real parse failure. */
function errorsFor(body: unknown) {
  const parsed = CreateApplicationRequestSchema.safeParse(body);
  if (parsed.success) throw new Error('expected the body to be refused');
  return fieldErrors(parsed.error.issues, body);
}

const byPath = (errors: ReturnType<typeof fieldErrors>) =>
  Object.fromEntries(errors.map((error) => [error.path, error]));

/** A request as JSON, with some of its fields replaced or removed (`undefined`). */
function body(changes: { person?: object; contact?: object; representative?: object; [key: string]: unknown }) {
  const valid = validRequest();
  const { person, contact, ...rest } = changes;
  return JSON.parse(
    JSON.stringify({
      ...valid,
      ...rest,
      person: { ...valid.person, ...person },
      contact: { ...valid.contact, ...contact },
    }),
  );
}

describe('field messages from zod issues', () => {
  it('reports a missing required field by its name in words, in both languages', () => {
    const errors = byPath(errorsFor(body({ person: { firstName: undefined } })));
    expect(errors['person.firstName']).toEqual({
      path: 'person.firstName',
      code: 'FIELD_REQUIRED',
      message: {
        lv: 'Lūdzu, aizpildiet lauku „vārds”. Tas ir obligāts.',
        en: 'Please fill in “first name”. It is required.',
      },
    });
  });

  it('treats an empty or blank name as missing', () => {
    const errors = byPath(errorsFor(body({ person: { lastName: '   ' } })));
    expect(errors['person.lastName']?.code).toBe('FIELD_REQUIRED');
    expect(errors['person.lastName']?.message.lv).toContain('„uzvārds”');
  });

  it('reports a missing section of the form as a section', () => {
    const errors = byPath(errorsFor({ consent: true, person: validRequest().person }));
    expect(errors.contact?.code).toBe('FIELD_REQUIRED');
    expect(errors.contact?.message.lv).toBe('Lūdzu, aizpildiet sadaļu „saziņa”. Tā ir obligāta.');
  });

  it('reports a missing choice as missing, though zod reports it as a value not on the list', () => {
    const representative = { firstName: 'Jānis', lastName: 'Bērziņš', email: 'janis@example.lv' };
    const parsed = CreateApplicationRequestSchema.safeParse(body({ representative }));
    const capacity = parsed.error?.issues.find((issue) => issue.path.join('.') === 'representative.capacity');
    expect(capacity?.code).toBe('invalid_value');
    expect(byPath(errorsFor(body({ representative })))['representative.capacity']?.code).toBe('FIELD_REQUIRED');
  });

  it('says which kind of value a field needs when it gets another kind', () => {
    const errors = byPath(
      errorsFor(body({ consent: 'yes', person: { disabilityGroup: 1.5, personalCode: 16117519997 } })),
    );
    expect(errors.consent).toMatchObject({ code: 'FIELD_INVALID_TYPE' });
    expect(errors.consent?.message.en).toBe(
      'The field “consent” must be yes or no (true or false). Please correct it.',
    );
    expect(errors['person.disabilityGroup']?.message.lv).toContain('veselam skaitlim');
    expect(errors['person.personalCode']?.message.en).toContain('must be text');
  });

  it('says how long a text may be', () => {
    const errors = byPath(errorsFor(body({ person: { lastName: 'Ā'.repeat(101) } })));
    expect(errors['person.lastName']).toMatchObject({ code: 'FIELD_TOO_LONG' });
    expect(errors['person.lastName']?.message.en).toBe(
      'The text in “surname” is too long. It can have at most 100 characters. Please shorten it.',
    );
    expect(errors['person.lastName']?.message.lv).toContain('nedrīkst pārsniegt 100');
  });

  it('says which numbers are allowed', () => {
    const errors = byPath(errorsFor(body({ person: { disabilityGroup: 4 } })));
    expect(errors['person.disabilityGroup']).toMatchObject({ code: 'FIELD_NOT_ALLOWED_VALUE' });
    expect(errors['person.disabilityGroup']?.message.en).toContain('The highest allowed number is 3.');
  });

  it('lists the allowed choices in words', () => {
    const errors = byPath(
      errorsFor(
        body({
          contact: { language: 'ru' },
          representative: { firstName: 'J', lastName: 'B', email: 'j@example.lv', capacity: 'mother' },
        }),
      ),
    );
    expect(errors['contact.language']).toMatchObject({ code: 'FIELD_NOT_ALLOWED_VALUE' });
    expect(errors['contact.language']?.message.lv).toContain('Izvēlieties: latviešu (lv) vai angļu (en).');
    expect(errors['contact.language']?.message.en).toContain('Choose: Latvian (lv) or English (en).');
    expect(errors['representative.capacity']?.message.lv).toContain(
      'likumiskais pārstāvis (legal-representative), aizgādnis (guardian) vai pilnvarotā persona (authorised-person)',
    );
  });

  it('shows what an e-mail address and a date look like', () => {
    const errors = byPath(
      errorsFor(body({ contact: { email: 'anna(at)example.lv' }, person: { dateOfBirth: '16.11.1975' } })),
    );
    expect(errors['contact.email']).toMatchObject({ code: 'FIELD_INVALID_FORMAT' });
    expect(errors['contact.email']?.message.en).toContain('anna@example.com');
    expect(errors['person.dateOfBirth']).toMatchObject({ code: 'FIELD_INVALID_FORMAT' });
    expect(errors['person.dateOfBirth']?.message.en).toContain('YYYY-MM-DD, for example 1975-11-16');
    expect(errors['person.dateOfBirth']?.message.lv).toContain('GGGG-MM-DD, piemēram, 1975-11-16');
  });

  it('refuses an impossible date as a date in the wrong form', () => {
    const errors = byPath(errorsFor(body({ person: { dateOfBirth: '1975-02-30' } })));
    expect(errors['person.dateOfBirth']?.code).toBe('FIELD_INVALID_FORMAT');
  });

  it('explains the form of a municipality code and of a phone number', () => {
    const errors = byPath(errorsFor(body({ person: { municipalityCode: 'Bauska' }, contact: { phone: 'none' } })));
    expect(errors['person.municipalityCode']?.message.en).toContain('LV-016');
    expect(errors['contact.phone']?.message.lv).toContain('no 8 līdz 20 cipariem');
  });

  it('reports each unknown field once, at its own path', () => {
    const errors = errorsFor(body({ person: { middleName: 'X' }, extra: 1, other: 2 }));
    const unknown = errors.filter((error) => error.code === 'FIELD_UNKNOWN');
    expect(unknown.map((error) => error.path).sort()).toEqual(['extra', 'other', 'person.middleName']);
    expect(unknown[0]?.message.en).toBe('This field is not part of the form. Please remove it.');
  });

  it('never puts an unknown key that looks like data into the path', () => {
    const errors = errorsFor(body({ person: { [PERSONAL_CODE]: true } }));
    expect(errors).toContainEqual(expect.objectContaining({ path: 'person', code: 'FIELD_UNKNOWN' }));
    expect(JSON.stringify(errors)).not.toContain(PERSONAL_CODE);
  });

  it('never repeats the value that was sent', () => {
    const sent = body({
      person: { personalCode: `${PERSONAL_CODE}${'9'.repeat(20)}`, firstName: 'Ā'.repeat(101) },
      contact: { email: `${PERSONAL_CODE}@`, phone: PERSONAL_CODE.replace('-', 'x') },
    });
    const text = JSON.stringify(errorsFor(sent));
    expect(text).not.toContain(PERSONAL_CODE);
    expect(text).not.toContain('ĀĀĀ');
    expect(text).not.toContain('Invalid');
  });

  it('explains a body that is not an object of fields', () => {
    expect(errorsFor(null)).toEqual([expect.objectContaining({ path: '', code: 'FIELD_INVALID_TYPE' })]);
    expect(errorsFor([])[0]?.message.en).toContain('JSON object');
  });

  it('gives every issue of a badly broken request a Latvian and an English sentence', () => {
    const errors = errorsFor({
      person: { disabilityGroup: '2' },
      contact: 5,
      representative: null,
      consent: null,
      x: 1,
    });
    expect(errors.length).toBeGreaterThan(5);
    for (const error of errors) {
      expect(error.message.lv).toMatch(/^[A-ZĀČĒĢĪĶĻŅŠŪŽ].*\.$/u);
      expect(error.message.en).toMatch(/^[A-Z].*\.$/);
      expect(error.message.lv).not.toBe(error.message.en);
    }
  });
});
