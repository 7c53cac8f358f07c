const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export function isMonth(value: string): boolean {
  return MONTH.test(value);
}

export function monthOf(time: number): string {
  return new Date(time).toISOString().slice(0, 7);
}

/** The month `count` months before `month` (negative counts go forward). */
export function monthsBefore(month: string, count: number): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + (m - 1) - count;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Months from `from` to `to`, both included. */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  return (ty - fy) * 12 + (tm - fm) + 1;
}

/** The core answers for ten years at most (FUNDER_MAX_MONTHS in the contract). */
export const MAX_MONTHS = 120;

/** The first day of the month at noon UTC, so no time zone moves it into another month. */
export function monthDate(month: string): Date {
  return new Date(`${month}-01T12:00:00.000Z`);
}
