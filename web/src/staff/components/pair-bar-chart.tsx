/** The longest bar takes this share of the width, so a bar's outline is never cut at the edge. */
const FULL = 98;

/** One row of the chart: two values, what a screen reader is told, and the numbers written beside the bars. */
export interface PairBarRow {
  key: string;
  name: string;
  filled: number;
  outlined: number;
  /** The text alternative of the row's image: its name and both numbers in a sentence. */
  text: string;
  /** Both numbers as written beside the bars. */
  numbers: string;
}

interface PairBarChartProps {
  title: string;
  /** Says where the same numbers are as a table. */
  note: string;
  /** The legend: what the filled bar and the outlined bar show. */
  legend: { filled: string; outlined: string };
  rows: readonly PairBarRow[];
  testId: string;
}

/**
 * Two figures side by side, one small bar chart per row: a filled bar for one, an outlined one for the other, so
 * they differ by shape as well as by colour (applications against places, money spent against money committed).
 * Each row is an image whose text alternative says both numbers; the numbers are also written beside it, and a
 * table on the page is the full accessible equivalent.
 */
export function PairBarChart({ title, note, legend, rows, testId }: PairBarChartProps) {
  const largest = Math.max(1, ...rows.flatMap((row) => [row.filled, row.outlined]));
  const width = (value: number) => `${((value / largest) * FULL).toFixed(2)}%`;
  return (
    <figure class="chart" data-testid={testId}>
      <figcaption class="chart-title">{title}</figcaption>
      <p class="hint">{note}</p>
      <ul class="chart-legend" aria-hidden="true">
        <LegendItem bar="bar-filled" label={legend.filled} />
        <LegendItem bar="bar-outlined" outlined label={legend.outlined} />
      </ul>
      <ul class="chart-rows">
        {rows.map((row) => (
          <li class="chart-row" key={row.key}>
            <span class="chart-name" aria-hidden="true">
              {row.name}
            </span>
            <svg class="chart-bars" role="img" width="100%" height="44" focusable="false">
              <title>{row.text}</title>
              <line class="chart-axis" x1="1" y1="0" x2="1" y2="44" />
              <rect class="bar-filled" x="1" y="3" height="16" width={width(row.filled)} />
              <rect class="bar-outlined" x="2" y="25" height="15" width={width(row.outlined)} />
            </svg>
            <span class="chart-numbers" aria-hidden="true">
              {row.numbers}
            </span>
          </li>
        ))}
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
