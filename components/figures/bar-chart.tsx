// A horizontal bar chart in plain SVG. The numbers are also in the table that follows each chart, so the
// SVG itself is presentational (role="img" with a text alternative listing every value).
export interface Bar {
  label: string;
  value: number;
  display: string;
  lang?: string;
}

export function BarChart({ title, bars, id }: { title: string; bars: Bar[]; id: string }) {
  const max = Math.max(...bars.map((b) => b.value), 1);
  const rowH = 44;
  const labelW = 420;
  const W = 1000;
  const H = bars.length * rowH + 10;
  const alt = `${title}: ${bars.map((b) => `${b.label} ${b.display}`).join("; ")}`;
  return (
    <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={alt} className="h-auto w-full" id={id}>
      {bars.map((b, i) => {
        const w = ((W - labelW - 150) * b.value) / max;
        const y = i * rowH + 8;
        return (
          <g key={b.label}>
            <text x={labelW - 10} y={y + 18} textAnchor="end" fontSize={17} fill="#1e293b" lang={b.lang}>
              {b.label.length > 44 ? `${b.label.slice(0, 43)}…` : b.label}
            </text>
            <rect x={labelW} y={y} width={Math.max(w, 2)} height={26} rx={3} fill="#1f5f99" />
            <text x={labelW + Math.max(w, 2) + 8} y={y + 18} fontSize={17} fontWeight={700} fill="#0b2942">
              {b.display}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
