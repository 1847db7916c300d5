import type { DashboardMunicipality } from '../api/types.ts';
import { PairBarChart } from '../components/pair-bar-chart.tsx';
import { useStaffTexts } from '../i18n/texts.ts';

/**
 * Applications against places, one small bar chart per municipality: a filled bar for the applications, an
 * outlined one for the places. The table below it is the full accessible equivalent.
 */
export function DashboardChart({
  municipalities,
  nameOf,
}: {
  municipalities: DashboardMunicipality[];
  nameOf(code: string): string;
}) {
  const { s } = useStaffTexts();
  return (
    <PairBarChart
      testId="chart"
      title={s.dashboard.chartTitle}
      note={s.dashboard.chartNote}
      legend={{ filled: s.dashboard.applications, outlined: s.dashboard.places }}
      rows={municipalities.map((municipality) => {
        const name = nameOf(municipality.code);
        return {
          key: municipality.code,
          name,
          filled: municipality.total,
          outlined: municipality.cap,
          text: s.dashboard.chartText(name, municipality.total, municipality.cap),
          numbers: s.dashboard.chartNumbers(municipality.total, municipality.cap),
        };
      })}
    />
  );
}
