import type { DashboardMunicipality } from '../api/types.ts';
import { useStaffTexts } from '../i18n/texts.ts';

/** The longest bar takes this share of the width, so a bar's outline is never cut at the edge. */
const FULL = 98;

/**
 * Applications against places, one small bar chart per municipality: a filled bar for the applications, an
 * outlined one for the places, so they differ by shape as well as by colour. Each chart is an image whose text
 * alternative says both numbers; the numbers are also written beside it, and the table below is the full
 * accessible equivalent.
 */
export function DashboardChart({
  municipalities,
  nameOf,
}: {
  municipalities: DashboardMunicipality[];
  nameOf(code: string): string;
}) {
  const { s } = useStaffTexts();
  const largest = Math.max(1, ...municipalities.flatMap((municipality) => [municipality.total, municipality.cap]));
  const width = (value: number) => `${((value / largest) * FULL).toFixed(2)}%`;
  return (
    <figure class="chart" data-testid="chart">
      <figcaption class="chart-title">{s.dashboard.chartTitle}</figcaption>
      <p class="hint">{s.dashboard.chartNote}</p>
      <ul class="chart-legend" aria-hidden="true">
        <LegendItem bar="bar-applications" label={s.dashboard.applications} />
        <LegendItem bar="bar-places" outlined label={s.dashboard.places} />
      </ul>
      <ul class="chart-rows">
        {municipalities.map((municipality) => {
          const name = nameOf(municipality.code);
          return (
            <li class="chart-row" key={municipality.code}>
              <span class="chart-name" aria-hidden="true">
                {name}
              </span>
              <svg class="chart-bars" role="img" width="100%" height="44" focusable="false">
                <title>{s.dashboard.chartText(name, municipality.total, municipality.cap)}</title>
                <line class="chart-axis" x1="1" y1="0" x2="1" y2="44" />
                <rect class="bar-applications" x="1" y="3" height="16" width={width(municipality.total)} />
                <rect class="bar-places" x="2" y="25" height="15" width={width(municipality.cap)} />
              </svg>
              <span class="chart-numbers" aria-hidden="true">
                {s.dashboard.chartNumbers(municipality.total, municipality.cap)}
              </span>
            </li>
          );
        })}
      </ul>
    </figure>
  );
}

/** A sample of a bar and what it stands for; an outlined bar is drawn a pixel in, so its outline is not cut off. */
function LegendItem({ bar, outlined = false, label }: { bar: string; outlined?: boolean; label: string }) {
  const inset = outlined ? 1 : 0;
  return (
    <li>
      <svg class="chart-swatch" width="24" height="16" focusable="false" aria-hidden="true">
        <rect class={bar} x={inset} y={inset} width={24 - 2 * inset} height={16 - 2 * inset} />
      </svg>
      {label}
    </li>
  );
}
