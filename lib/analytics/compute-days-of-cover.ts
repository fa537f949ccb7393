/**
 * How many days `available` units last at the rate of `unitsSold` over `days`: available × days ÷ unitsSold.
 * Null when nothing sold (cover without end); 0 when nothing is available.
 */
export function computeDaysOfCover(available: number, unitsSold: number, days: number): number | null {
  if (available <= 0) return 0;
  if (unitsSold <= 0 || days <= 0) return null;
  return (available * days) / unitsSold;
}
