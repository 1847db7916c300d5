/**
 * Euros as people read them, from integer cents: `1 234,50 €` in Latvian, `€1,234.50` in English. Amounts are
 * kept and summed in cents; only the words show euros.
 */
export function formatEuro(cents: number, language: 'lv' | 'en'): string {
  const euros = cents / 100;
  return language === 'lv'
    ? `${new Intl.NumberFormat('lv-LV', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(euros)} €`
    : new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR' }).format(euros);
}
