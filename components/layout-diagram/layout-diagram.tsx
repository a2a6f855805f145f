// The "一核、两翼、多园" diagram as plain SVG (no map tiles, no client JS). Every element is an SVG link,
// reachable with Tab and announced by name and kind, leading to its details on the same page. Hover and
// keyboard focus highlight through CSS only.
import type { LayoutElementView } from "@/lib/data/layout";

const W = 1000;
const H = 620;
const x = (p: number) => 40 + (p / 100) * (W - 80);
const y = (p: number) => 40 + (p / 100) * (H - 80);

/** Splits a label into short lines: by words for Latin/Korean text, by characters for Chinese. */
function lines(text: string, max: number): string[] {
  const words = /\s/.test(text) ? text.split(/\s+/) : Array.from(text);
  const joiner = /\s/.test(text) ? " " : "";
  const out: string[] = [];
  let cur = "";
  for (const w of words) {
    const next = cur ? cur + joiner + w : w;
    if (next.length > max && cur) {
      out.push(cur);
      cur = w;
    } else cur = next;
  }
  if (cur) out.push(cur);
  return out.slice(0, 4);
}

const style = {
  core: { fill: "#113a5f", text: "#ffffff", r: 78 },
  wing: { fill: "#1f5f99", text: "#ffffff", r: 64 },
  park: { fill: "#d6e6f4", text: "#0b2942", r: 52 },
  function_area: { fill: "#fde9c7", text: "#5a3b00", r: 46 },
} as const;

export function LayoutDiagram({
  elements,
  title,
  description,
  kindLabels,
  westLabel,
  eastLabel,
}: {
  elements: LayoutElementView[];
  title: string;
  description: string;
  kindLabels: Record<LayoutElementView["kind"], string>;
  westLabel: string;
  eastLabel: string;
}) {
  const bySlug = new Map(elements.map((e) => [e.slug, e]));
  const core = elements.find((e) => e.kind === "core");
  const cjk = (s: string) => /[\u3040-\u9fff]/.test(s) && !/[\uac00-\ud7af]/.test(s);
  return (
    <svg
      viewBox={`0 0 ${W} ${H}`}
      role="group"
      aria-labelledby="layout-diagram-title layout-diagram-desc"
      className="layout-diagram h-auto w-full rounded-lg border border-slate-200 bg-slate-50"
    >
      <title id="layout-diagram-title">{title}</title>
      <desc id="layout-diagram-desc">{description}</desc>
      <text x={24} y={H / 2} className="fill-slate-500 text-[22px] font-semibold" aria-hidden="true">
        ← {westLabel}
      </text>
      <text
        x={W - 24}
        y={H / 2}
        textAnchor="end"
        className="fill-slate-500 text-[22px] font-semibold"
        aria-hidden="true"
      >
        {eastLabel} →
      </text>
      {/* Connectors: parks to their wing, wings and unattached elements to the core. */}
      <g aria-hidden="true" stroke="#94a3b8" strokeWidth={2} strokeDasharray="6 6">
        {elements
          .filter((e) => e.kind !== "core")
          .map((e) => {
            const to = (e.parent && bySlug.get(e.parent)) || core;
            return to ? <line key={e.slug} x1={x(e.posX)} y1={y(e.posY)} x2={x(to.posX)} y2={y(to.posY)} /> : null;
          })}
      </g>
      {elements.map((e) => {
        const s = style[e.kind];
        const label = lines(e.name, cjk(e.name) ? 7 : 14);
        const cx = x(e.posX);
        const cy = y(e.posY);
        const fontSize = e.kind === "core" ? 19 : 15;
        return (
          <a key={e.slug} href={`#${e.slug}`} aria-label={`${e.name} (${kindLabels[e.kind]})`} className="layout-node">
            {e.kind === "wing" ? (
              <rect x={cx - s.r * 1.2} y={cy - s.r} width={s.r * 2.4} height={s.r * 2} rx={18} fill={s.fill} />
            ) : e.kind === "function_area" ? (
              <rect x={cx - s.r * 1.3} y={cy - s.r * 0.7} width={s.r * 2.6} height={s.r * 1.4} rx={8} fill={s.fill} />
            ) : (
              <circle cx={cx} cy={cy} r={s.r} fill={s.fill} />
            )}
            <text
              x={cx}
              y={cy - ((label.length - 1) * fontSize * 1.15) / 2}
              textAnchor="middle"
              dominantBaseline="middle"
              fill={s.text}
              fontSize={fontSize}
              fontWeight={600}
            >
              {label.map((l, i) => (
                <tspan key={i} x={cx} dy={i === 0 ? 0 : fontSize * 1.15}>
                  {l}
                </tspan>
              ))}
            </text>
          </a>
        );
      })}
    </svg>
  );
}
