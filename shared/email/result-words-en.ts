import type { ResultWords } from './result-words.ts';

/** English, in the same short sentences as the Latvian. */
export const ENGLISH: ResultWords = {
  subject: (kind, reference) => `${kind === 'offered' ? 'A place is offered' : 'Selection result'}: ${reference}`,
  resultLabel: 'Result',
  result: {
    selected: 'Place given',
    offered: 'A free place is offered',
    waitlisted: (position) => (position ? `Waiting list, number ${position}` : 'Waiting list'),
    'not-selected': 'Place not given',
  },
  news: ({ representative, name }) => {
    // Without a name to show, the first mention says who is meant; later ones just say "the person".
    const person = name ?? 'the person you applied for';
    const later = name ?? 'the person';
    return {
      done: 'The selection is done.',
      placeGiven: representative ? `Good news: ${person} has a place.` : 'Good news: you have a place.',
      placeOffered: [
        'A place has become free.',
        representative ? `The place is offered to ${person}.` : 'The place is offered to you.',
        representative ? `Before, ${later} was on the waiting list.` : 'Before, you were on the waiting list.',
      ],
      nextHeading: 'What happens next',
      nextSteps: representative
        ? [`A social worker will contact you or ${later}.`, `Together you will plan the services ${later} needs.`]
        : ['A social worker will contact you.', 'Together you will plan the services you need.'],
      placeNotNeeded: [
        representative
          ? 'If the place is no longer needed, please tell the social service.'
          : 'If you no longer need the place, please tell the social service.',
        'Then the place can be offered to the next person on the waiting list.',
      ],
      waitlisted: representative ? capitalise(`${person} is on the waiting list.`) : 'You are on the waiting list.',
      waitlistNumber: (position) =>
        representative
          ? capitalise(`${later}'s number on the list is ${position}.`)
          : `Your number on the list is ${position}.`,
      waitlistHeading: 'What this means',
      waitlistMeaning: [
        'All places are taken for now.',
        'When a place becomes free, it is offered to the first person on the waiting list.',
        representative ? 'The number can get smaller over time.' : 'Your number can get smaller over time.',
        representative
          ? `We will send you an e-mail if a place is offered to ${later}.`
          : 'We will send you an e-mail if a place is offered to you.',
        'We do not send an e-mail when only the number changes.',
        'You can ask the social service about the number.',
      ],
      notSelected: representative
        ? `We are sorry. ${capitalise(person)} did not get a place.`
        : 'We are sorry. You did not get a place.',
      whyHeading: 'Why',
      why: {
        'not-eligible': ['The application did not meet the conditions for taking part.'],
        'set-aside-duplicate': [
          representative
            ? `There was more than one application for ${later}.`
            : 'There was more than one application for you.',
          'Only one application for each person takes part in the selection.',
          'This application did not take part.',
        ],
        withdrawn: [
          'The application was withdrawn.',
          representative
            ? `The social service was told that ${later} no longer wants to take part.`
            : 'The social service was told that you no longer want to take part.',
        ],
      },
      askAbout: [
        'You may ask the social service about this decision.',
        'If you think there is a mistake, tell the social service.',
      ],
    };
  },
};

function capitalise(sentence: string): string {
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}
