import type { CatalogProduct } from "./traffic-catalog";
import type { TrafficLine } from "./traffic-event";
import type { TrafficRandom } from "./traffic-random";

export type ChosenLine = { product: CatalogProduct; quantity: number };

const LINE_COUNTS = [
  { count: 1, weight: 60 },
  { count: 2, weight: 28 },
  { count: 3, weight: 12 },
];
const QUANTITIES = [
  { quantity: 1, weight: 80 },
  { quantity: 2, weight: 15 },
  { quantity: 3, weight: 5 },
];

/**
 * A basket: one to three different SKUs, drawn by demand among those with something `available`, each one to
 * three units but never more than is available. Empty when nothing is available.
 */
export function chooseLines(
  random: TrafficRandom,
  products: readonly CatalogProduct[],
  available: (product: CatalogProduct) => number,
): ChosenLine[] {
  const left = new Map(products.map((product) => [product.sku, available(product)]));
  const candidates = products.filter((product) => (left.get(product.sku) ?? 0) > 0);
  const count = random.weighted(LINE_COUNTS, (entry) => entry.weight)?.count ?? 1;
  const lines: ChosenLine[] = [];
  while (lines.length < count && candidates.length > 0) {
    const product = random.weighted(candidates, (candidate) => candidate.weight);
    if (product === undefined) break;
    candidates.splice(candidates.indexOf(product), 1);
    const wanted = random.weighted(QUANTITIES, (entry) => entry.weight)?.quantity ?? 1;
    lines.push({ product, quantity: Math.min(wanted, left.get(product.sku) ?? 0) });
  }
  return lines;
}

export function trafficLines(lines: readonly ChosenLine[]): TrafficLine[] {
  return lines.map((line) => ({ sku: line.product.sku, quantity: line.quantity }));
}
