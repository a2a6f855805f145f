// The portal's time zone, in one place: editors, the audit log's day filter, the scheduler and every
// admin timestamp think in Beijing time. China has kept UTC+8 without daylight saving since 1991, but the
// arithmetic below does not rely on that (it reads the zone's offset from Intl).

/** The zone editors think in. China has kept UTC+8 without daylight saving since 1991. */
export const PORTAL_TIME_ZONE = "Asia/Shanghai";

const formatters = new Map<string, Intl.DateTimeFormat>();
function wallClockFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The wall-clock reading in `timeZone` at an instant (whole seconds). */
function wallClockAt(instant: number, timeZone: string): WallClock {
  const parts = wallClockFormatter(timeZone).formatToParts(new Date(instant));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return {
    year: get("year"),
    month: get("month"),
    day: get("day"),
    hour: get("hour") % 24,
    minute: get("minute"),
    second: get("second"),
  };
}

const wallClockAsUtc = (w: WallClock) => Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);

/** Offset of `timeZone` from UTC at an instant, in ms (Asia/Shanghai: +8 h). */
function offsetAt(instant: number, timeZone: string): number {
  const whole = Math.floor(instant / 1000) * 1000;
  return wallClockAsUtc(wallClockAt(whole, timeZone)) - whole;
}

const LOCAL_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?$/;

/**
 * The instant an <input type="datetime-local"> value ("2026-12-01T09:30", seconds optional) names in
 * `timeZone`, or null when it is malformed, not a calendar date, or a wall-clock time the zone skips
 * (a daylight-saving gap). A time that occurs twice (the hour repeated when clocks go back) is the first.
 */
export function zonedLocalToUtc(local: string, timeZone: string = PORTAL_TIME_ZONE): Date | null {
  const m = LOCAL_RE.exec(local.trim());
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map((v) => Number(v ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const ms = m[7] ? Number(m[7].padEnd(3, "0")) : 0;
  if (year < 1900 || month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return null;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  // The offset at the wall time read as UTC is right except near a transition; one more step settles it.
  const first = offsetAt(wall, timeZone);
  let instant = wall - first;
  const second_ = offsetAt(instant, timeZone);
  if (second_ !== first) instant = wall - second_;
  // A wall time inside a gap does not come back unchanged.
  if (wallClockAsUtc(wallClockAt(instant, timeZone)) !== wall) return null;
  return new Date(instant + ms);
}

/** An instant as an <input type="datetime-local"> value in `timeZone` ("2026-12-01T09:30", or with seconds). */
export function utcToZonedLocal(
  instant: Date,
  timeZone: string = PORTAL_TIME_ZONE,
  opts: { seconds?: boolean } = {},
): string {
  const w = wallClockAt(instant.getTime(), timeZone);
  const p = (n: number, l = 2) => String(n).padStart(l, "0");
  const base = `${p(w.year, 4)}-${p(w.month)}-${p(w.day)}T${p(w.hour)}:${p(w.minute)}`;
  return opts.seconds ? `${base}:${p(w.second)}` : base;
}

/** An Intl date-time format in the portal's time zone (`tag`: a BCP 47 language tag, e.g. htmlLang[locale]). */
export function portalDateTime(
  tag: string,
  options: Omit<Intl.DateTimeFormatOptions, "timeZone">,
): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(tag, { ...options, timeZone: PORTAL_TIME_ZONE });
}

/** The instant a day (YYYY-MM-DD, already validated) begins in the portal's time zone. */
export function portalMidnight(day: string): Date {
  return zonedLocalToUtc(`${day}T00:00`) ?? new Date(Number.NaN);
}
