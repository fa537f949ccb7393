import { productTemplates, type ProductTemplate, type Season, type TemplateOption } from "./catalog-templates";
import type { Random } from "./random";

/** One demo SKU, with what the generator needs to sell it believably. */
export type DemoItem = {
  sku: string;
  /** The template (Shopify product) it belongs to. */
  productCode: string;
  name: string;
  variantName: string | null;
  category: string;
  supplier: string | null;
  priceCents: number;
  costCents: number;
  lightspeedItemId: string;
  leadTimeDays: number | null;
  /** Relative sales weight. */
  popularity: number;
  season: Season | null;
  consumable: boolean;
  listedIn: { main: boolean; outlet: boolean; stripe: boolean };
  /** In stock but hardly ever sold: what the slow-mover report should find. */
  slowMover: boolean;
};

function combinations(options: TemplateOption[][]): TemplateOption[][] {
  return options.reduce<TemplateOption[][]>(
    (partial, dimension) => partial.flatMap((prefix) => dimension.map((option) => [...prefix, option])),
    [[]],
  );
}

function expand(template: ProductTemplate, random: Random, nextItemId: () => number): DemoItem[] {
  const variants = combinations(template.options ?? []);
  const weightOf = (variant: TemplateOption[]): number => variant.reduce((product, option) => product * (option.weight ?? 1), 1);
  const totalWeight = variants.reduce((sum, variant) => sum + weightOf(variant), 0);
  return variants.map((variant) => {
    const priceCents = template.priceCents + variant.reduce((sum, option) => sum + (option.priceDeltaCents ?? 0), 0);
    const margin = template.margin + (random.next() - 0.5) * 0.06;
    return {
      sku: [template.code, ...variant.map((option) => option.code)].join("-"),
      productCode: template.code,
      name: template.name,
      variantName: variant.length > 0 ? variant.map((option) => option.label).join(" / ") : null,
      category: template.category,
      supplier: template.supplier,
      priceCents,
      costCents: Math.round(priceCents * (1 - margin)),
      lightspeedItemId: String(nextItemId()),
      leadTimeDays: template.leadTimeDays ?? null,
      popularity: (template.popularity * weightOf(variant)) / totalWeight * (0.75 + random.next() * 0.5),
      season: template.season ?? null,
      consumable: template.consumable ?? false,
      listedIn: { main: template.online ?? true, outlet: template.outlet ?? false, stripe: template.stripe ?? false },
      slowMover: template.popularity < 0.1,
    };
  });
}

/** Every demo SKU (about 300), in a stable order. */
export function buildCatalog(random: Random): DemoItem[] {
  let lightspeedItemId = 2100;
  const nextItemId = (): number => {
    lightspeedItemId += random.int(1, 4);
    return lightspeedItemId;
  };
  return productTemplates.flatMap((template) => expand(template, random, nextItemId));
}
