import { formatEuro } from '../../../../shared/domain/money.ts';
import { useStaffTexts } from '../i18n/texts.ts';

/** Euros in the page's language, from integer cents. */
export function useEuro(): (cents: number) => string {
  const { language } = useStaffTexts();
  return (cents) => formatEuro(cents, language);
}

/** A sum as staff type it (`112,00`, `112.5`, `1 234,50`) in cents; undefined when it is not one. */
export function parseEuro(text: string): number | undefined {
  const match = /^(\d{1,7})(?:[.,](\d{1,2}))?$/.exec(text.replace(/[\s\u00a0€]/g, ''));
  if (!match) return undefined;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/** Cents as a sum to edit: `112,00` in Latvian, `112.00` in English. */
export function euroInput(cents: number, language: 'lv' | 'en'): string {
  const text = (cents / 100).toFixed(2);
  return language === 'lv' ? text.replace('.', ',') : text;
}

/** A whole number as typed, or undefined. */
export function parseWhole(text: string): number | undefined {
  return /^\s*\d{1,4}\s*$/.test(text) ? Number(text.trim()) : undefined;
}
