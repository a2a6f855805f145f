// Working days for the reply clocks (error reports: 3, inquiries: 10). A working day is Monday to Friday
// in Beijing time; public holidays and the make-up working days of China's holiday calendar are not
// known to the site, so the clock may run a day or two early around them (it never runs late).
const BEIJING = 8 * 3600_000;
const DAY = 24 * 3600_000;

const beijingDay = (t: number) => new Date(t + BEIJING).getUTCDay();
const isWorkingDay = (t: number) => beijingDay(t) !== 0 && beijingDay(t) !== 6;

/** The moment `days` working days after `from` (same Beijing time of day; a weekend start counts from Monday 00:00). */
export function addWorkingDays(from: Date, days: number): Date {
  let t = from.getTime();
  if (!isWorkingDay(t)) {
    // Start of the next working day (Beijing midnight).
    t = Math.floor((t + BEIJING) / DAY) * DAY - BEIJING;
    while (!isWorkingDay(t)) t += DAY;
  }
  for (let left = days; left > 0;) {
    t += DAY;
    if (isWorkingDay(t)) left--;
  }
  return new Date(t);
}

/** Is the clock of `days` working days that started at `from` past at `now`? */
export function pastWorkingDays(from: Date, days: number, now = new Date()): boolean {
  return now.getTime() > addWorkingDays(from, days).getTime();
}
