/** The drift report's "why", in the owner's words. */

export function storeDriftCause(input: {
  actual: number;
  expected: number;
  /** What the portal believed the store showed before this read; null when it had never read it. */
  previous: number | null;
  changedInStore: boolean;
  followsLightspeed: boolean;
}): string {
  const head = `Store shows ${input.actual}, sellable is ${input.expected}`;
  if (input.changedInStore) {
    return input.previous === null
      ? `${head}: first reading of this listing`
      : `${head}: changed in Shopify (the portal last saw ${input.previous}) — an admin edit, an import or an app`;
  }
  if (input.followsLightspeed) return `${head}: Lightspeed's on-hand changed and the store had not followed yet`;
  return `${head}: a sellable update had not reached the store`;
}

export function lightspeedDriftCause(input: {
  lightspeed: number;
  portal: number | null;
  /** The portal's on-hand once the sales the poll had not seen yet were recorded. */
  afterSales: number | null;
  unseenTillSale: boolean;
  unconfirmedOnlineSale: boolean;
}): string {
  if (input.portal === null) return `Lightspeed on-hand ${input.lightspeed} was not known to the portal: first reading`;
  const head = `Lightspeed on-hand ${input.lightspeed} differs from the portal's ${input.portal}`;
  const sales = [
    input.unseenTillSale ? "a till sale the poll had not applied yet" : null,
    input.unconfirmedOnlineSale ? "an online sale posted to Lightspeed the poll had not confirmed yet" : null,
  ].filter((part) => part !== null);
  const explained = input.afterSales === input.lightspeed;
  if (sales.length > 0 && explained) return `${head}: ${sales.join(" and ")}`;
  const rest = `a count or receive the poll has not applied${input.afterSales !== null && input.afterSales !== input.portal ? ` (${signed(input.lightspeed - input.afterSales)} beyond the sales)` : ""}`;
  return `${head}: ${[...sales, rest].join(", and ")}`;
}

function signed(value: number): string {
  return value > 0 ? `+${value}` : String(value);
}
