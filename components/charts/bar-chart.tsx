import type { Bar } from "@/lib/annual-report/statistics/summary";

/**
 * A bar chart as inline SVG, rendered on the server (no chart library, no client script). For
 * screen readers the SVG is one labelled image whose description lists every value; the same
 * values are in the table the page shows beside it (WCAG 1.1.1, 1.3.1).
 */
export function BarChart({
  id,
  title,
  bars,
  unit,
  orientation = "vertical",
}: {
  id: string;
  title: string;
  bars: readonly Bar[];
  unit: string;
  orientation?: "vertical" | "horizontal";
}) {
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const description = bars.map((bar) => `${bar.label}${bar.value}${unit}`).join("，");
  return orientation === "vertical" ? (
    <VerticalBars id={id} title={title} description={description} bars={bars} max={max} />
  ) : (
    <HorizontalBars id={id} title={title} description={description} bars={bars} max={max} />
  );
}

type Props = { id: string; title: string; description: string; bars: readonly Bar[]; max: number };

function VerticalBars({ id, title, description, bars, max }: Props) {
  const slot = 48;
  const height = 180;
  const top = 20;
  const width = bars.length * slot + 8;
  return (
    <svg className="bar-chart" role="img" aria-labelledby={`${id}-title ${id}-desc`} viewBox={`0 0 ${width} ${height + top + 24}`} width="100%">
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      <line x1="4" x2={width - 4} y1={top + height} y2={top + height} className="bar-chart-axis" />
      {bars.map((bar, i) => {
        const h = Math.round((bar.value / max) * height);
        const x = 4 + i * slot + 8;
        return (
          <g key={bar.label}>
            <rect x={x} y={top + height - h} width={slot - 16} height={h} className="bar-chart-bar" />
            <text x={x + (slot - 16) / 2} y={top + height - h - 4} textAnchor="middle" className="bar-chart-value">
              {bar.value}
            </text>
            <text x={x + (slot - 16) / 2} y={top + height + 16} textAnchor="middle" className="bar-chart-label">
              {bar.label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

function HorizontalBars({ id, title, description, bars, max }: Props) {
  const row = 28;
  const labelWidth = 220;
  const barWidth = 360;
  const height = bars.length * row + 8;
  return (
    <svg className="bar-chart" role="img" aria-labelledby={`${id}-title ${id}-desc`} viewBox={`0 0 ${labelWidth + barWidth + 48} ${height}`} width="100%">
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {bars.map((bar, i) => {
        const w = Math.round((bar.value / max) * barWidth);
        const y = 4 + i * row;
        return (
          <g key={bar.label}>
            <text x={labelWidth - 8} y={y + row / 2 + 5} textAnchor="end" className="bar-chart-label">
              {bar.label}
            </text>
            <rect x={labelWidth} y={y + 4} width={w} height={row - 8} className="bar-chart-bar" />
            <text x={labelWidth + w + 6} y={y + row / 2 + 5} className="bar-chart-value">
              {bar.value}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
