/** Latvian local time: the call's dates and every time shown to people are in this zone. */
export const RIGA_TIME_ZONE = 'Europe/Riga';
