import { heading, paragraph } from './letter.ts';
import type { ResultWords } from './result-words.ts';

/**
 * Latvian. A first name is never declined: "personai vārdā Anna" keeps the name as typed in every case, so a
 * name the code cannot decline still reads correctly.
 */
export const LATVIAN: ResultWords = {
  subject: (kind, reference) => `${kind === 'offered' ? 'Piedāvājam vietu' : 'Atlases rezultāts'}: ${reference}`,
  resultLabel: 'Rezultāts',
  result: (kind, position) =>
    ({
      selected: 'Vieta piešķirta',
      offered: 'Piedāvāta atbrīvojusies vieta',
      waitlisted: position ? `Gaidīšanas saraksts, numurs ${position}` : 'Gaidīšanas saraksts',
      'not-selected': 'Vieta nav piešķirta',
    })[kind],
  news: (kind, selection, { representative, name }, explained) => {
    // Mid-sentence, the clause without a name is set off by commas; at the end of a sentence, the full stop closes it.
    const who = name ? ` vārdā ${name}` : ', par kuru iesniedzāt pieteikumu,';
    const whoAtEnd = name ? ` vārdā ${name}` : ', par kuru iesniedzāt pieteikumu';
    switch (kind) {
      case 'selected':
      case 'offered': {
        const lead =
          kind === 'selected'
            ? [
                'Atlase ir pabeigta.',
                representative ? `Labas ziņas: personai${who} ir vieta.` : 'Labas ziņas: jums ir vieta.',
              ]
            : [
                'Ir atbrīvojusies vieta.',
                representative ? `Šo vietu piedāvājam personai${whoAtEnd}.` : 'Šo vietu piedāvājam jums.',
                representative
                  ? 'Līdz šim persona bija gaidīšanas sarakstā.'
                  : 'Līdz šim jūs bijāt gaidīšanas sarakstā.',
              ];
        return {
          lead,
          more: [
            heading('Kas notiks tālāk'),
            {
              kind: 'steps',
              items: representative
                ? [
                    'Sociālais darbinieks sazināsies ar jums vai ar personu.',
                    'Kopā jūs plānosiet, kādi pakalpojumi personai ir vajadzīgi.',
                  ]
                : [
                    'Sociālais darbinieks ar jums sazināsies.',
                    'Kopā jūs plānosiet, kādi pakalpojumi jums ir vajadzīgi.',
                  ],
            },
            paragraph(
              representative
                ? 'Ja vieta vairs nav vajadzīga, lūdzu, pasakiet to sociālajam dienestam.'
                : 'Ja vieta jums vairs nav vajadzīga, lūdzu, pasakiet to sociālajam dienestam.',
            ),
            paragraph('Tad vietu varēs piedāvāt nākamajam cilvēkam gaidīšanas sarakstā.'),
          ],
        };
      }
      case 'waitlisted':
        return {
          lead: [
            'Atlase ir pabeigta.',
            representative ? `Persona${who} ir gaidīšanas sarakstā.` : 'Jūs esat gaidīšanas sarakstā.',
            ...(selection.position
              ? [
                  representative
                    ? `Personas numurs sarakstā ir ${selection.position}.`
                    : `Jūsu numurs sarakstā ir ${selection.position}.`,
                ]
              : []),
          ],
          more: [
            heading('Ko tas nozīmē'),
            paragraph('Šobrīd visas vietas ir aizņemtas.'),
            paragraph('Kad kāda vieta atbrīvojas, to piedāvā pirmajam cilvēkam gaidīšanas sarakstā.'),
            paragraph(
              representative ? 'Laika gaitā numurs var kļūt mazāks.' : 'Laika gaitā jūsu numurs var kļūt mazāks.',
            ),
            paragraph(
              representative
                ? 'Ja vietu piedāvās personai, mēs jums nosūtīsim e-pastu.'
                : 'Ja vietu piedāvās jums, mēs jums nosūtīsim e-pastu.',
            ),
            paragraph('Kad mainās tikai numurs, e-pastu nesūtām.'),
            paragraph('Par numuru varat jautāt sociālajam dienestam.'),
          ],
        };
      case 'not-selected': {
        const why: Record<NonNullable<typeof selection.reason>, string[]> = {
          'not-eligible': ['Pieteikums neatbilda dalības nosacījumiem.'],
          'set-aside-duplicate': [
            representative
              ? 'Par personu bija vairāk nekā viens pieteikums.'
              : 'Par jums bija vairāk nekā viens pieteikums.',
            'Atlasē piedalās tikai viens pieteikums par katru cilvēku.',
            'Šis pieteikums atlasē nepiedalījās.',
          ],
          withdrawn: [
            'Pieteikums tika atsaukts.',
            representative
              ? 'Sociālais dienests saņēma ziņu, ka persona vairs nevēlas piedalīties.'
              : 'Sociālais dienests saņēma ziņu, ka jūs vairs nevēlaties piedalīties.',
          ],
        };
        return {
          lead: [
            'Atlase ir pabeigta.',
            representative ? `Diemžēl persona${who} nesaņēma vietu.` : 'Diemžēl jūs nesaņēmāt vietu.',
          ],
          more: [
            ...(selection.reason && !explained ? [heading('Kāpēc'), ...why[selection.reason].map(paragraph)] : []),
            paragraph('Par šo lēmumu varat jautāt sociālajam dienestam.'),
            paragraph('Ja domājat, ka ir kļūda, pasakiet to sociālajam dienestam.'),
          ],
        };
      }
    }
  },
};
