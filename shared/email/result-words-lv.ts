import type { ResultWords } from './result-words.ts';

/**
 * Latvian. A first name is never declined: "personai vārdā Anna" keeps the name as typed in every case, so a
 * name the code cannot decline still reads correctly.
 */
export const LATVIAN: ResultWords = {
  subject: (kind, reference) => `${kind === 'offered' ? 'Piedāvājam vietu' : 'Atlases rezultāts'}: ${reference}`,
  resultLabel: 'Rezultāts',
  result: {
    selected: 'Vieta piešķirta',
    offered: 'Piedāvāta atbrīvojusies vieta',
    waitlisted: (position) => (position ? `Gaidīšanas saraksts, numurs ${position}` : 'Gaidīšanas saraksts'),
    'not-selected': 'Vieta nav piešķirta',
  },
  news: ({ representative, name }) => {
    // Mid-sentence, the clause without a name is set off by commas; at the end of a sentence, the full stop closes it.
    const who = name ? ` vārdā ${name}` : ', par kuru iesniedzāt pieteikumu,';
    const whoAtEnd = name ? ` vārdā ${name}` : ', par kuru iesniedzāt pieteikumu';
    return {
      done: 'Atlase ir pabeigta.',
      placeGiven: representative ? `Labas ziņas: personai${who} ir vieta.` : 'Labas ziņas: jums ir vieta.',
      placeOffered: [
        'Ir atbrīvojusies vieta.',
        representative ? `Šo vietu piedāvājam personai${whoAtEnd}.` : 'Šo vietu piedāvājam jums.',
        representative ? 'Līdz šim persona bija gaidīšanas sarakstā.' : 'Līdz šim jūs bijāt gaidīšanas sarakstā.',
      ],
      nextHeading: 'Kas notiks tālāk',
      nextSteps: representative
        ? [
            'Sociālais darbinieks sazināsies ar jums vai ar personu.',
            'Kopā jūs plānosiet, kādi pakalpojumi personai ir vajadzīgi.',
          ]
        : ['Sociālais darbinieks ar jums sazināsies.', 'Kopā jūs plānosiet, kādi pakalpojumi jums ir vajadzīgi.'],
      placeNotNeeded: [
        representative
          ? 'Ja vieta vairs nav vajadzīga, lūdzu, pasakiet to sociālajam dienestam.'
          : 'Ja vieta jums vairs nav vajadzīga, lūdzu, pasakiet to sociālajam dienestam.',
        'Tad vietu varēs piedāvāt nākamajam cilvēkam gaidīšanas sarakstā.',
      ],
      waitlisted: representative ? `Persona${who} ir gaidīšanas sarakstā.` : 'Jūs esat gaidīšanas sarakstā.',
      waitlistNumber: (position) =>
        representative ? `Personas numurs sarakstā ir ${position}.` : `Jūsu numurs sarakstā ir ${position}.`,
      waitlistHeading: 'Ko tas nozīmē',
      waitlistMeaning: [
        'Šobrīd visas vietas ir aizņemtas.',
        'Kad kāda vieta atbrīvojas, to piedāvā pirmajam cilvēkam gaidīšanas sarakstā.',
        representative ? 'Laika gaitā numurs var kļūt mazāks.' : 'Laika gaitā jūsu numurs var kļūt mazāks.',
        representative
          ? 'Ja vietu piedāvās personai, mēs jums nosūtīsim e-pastu.'
          : 'Ja vietu piedāvās jums, mēs jums nosūtīsim e-pastu.',
        'Kad mainās tikai numurs, e-pastu nesūtām.',
        'Par numuru varat jautāt sociālajam dienestam.',
      ],
      notSelected: representative ? `Diemžēl persona${who} nesaņēma vietu.` : 'Diemžēl jūs nesaņēmāt vietu.',
      whyHeading: 'Kāpēc',
      why: {
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
      },
      askAbout: [
        'Par šo lēmumu varat jautāt sociālajam dienestam.',
        'Ja domājat, ka ir kļūda, pasakiet to sociālajam dienestam.',
      ],
    };
  },
};
