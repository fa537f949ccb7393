/**
 * The demo shop's range: "Tillbridge Coffee & Kitchen", an independent coffee roaster's shop that also sells
 * brewing gear and kitchenware. Each template expands into one item per combination of its options.
 */
export type TemplateOption = { code: string; label: string; priceDeltaCents?: number; weight?: number };

export type Season = "holiday" | "summer";

export type ProductTemplate = {
  code: string;
  name: string;
  category: string;
  supplier: string | null;
  priceCents: number;
  /** Gross margin, 0..1: cost = price × (1 − margin). */
  margin: number;
  /** Relative sales weight of the whole product, split over its variants by option weight. */
  popularity: number;
  leadTimeDays?: number;
  options?: TemplateOption[][];
  season?: Season;
  /** Consumables sell several at a time. */
  consumable?: boolean;
  /** Listed in the main Shopify store (default true). */
  online?: boolean;
  /** Listed in the outlet Shopify store. */
  outlet?: boolean;
  /** Sold as custom or office orders paid through Stripe. */
  stripe?: boolean;
};

const roaster = "Ridgeline Roasters";
const tea = "Leaf & Kettle Tea Co.";
const ceramics = "Hearthstone Ceramics";
const potter = "Alder Creek Pottery";
const brewing = "Brewcraft Supply";
const housewares = "Northfield Housewares";
const ironworks = "Ironworks Cookware";
const glass = "Glasshouse Trading";
const pantry = "Cocoa & Crumb";
const books = "Stillwater Books";

const beanSizes: TemplateOption[] = [
  { code: "12OZ", label: "12 oz", weight: 4 },
  { code: "2LB", label: "2 lb", priceDeltaCents: 2400, weight: 1 },
];
const grinds: TemplateOption[] = [
  { code: "WB", label: "Whole bean", weight: 3 },
  { code: "GR", label: "Ground", weight: 2 },
];
const teaSizes: TemplateOption[] = [
  { code: "50G", label: "50 g", weight: 3 },
  { code: "100G", label: "100 g", priceDeltaCents: 700, weight: 2 },
];
const mugColors: TemplateOption[] = [
  { code: "BLU", label: "Blue", weight: 5 },
  { code: "WHT", label: "White", weight: 4 },
  { code: "GRN", label: "Green", weight: 2 },
  { code: "BLK", label: "Black", weight: 3 },
  { code: "SND", label: "Sand", weight: 2 },
];
const tumblerColors: TemplateOption[] = [
  { code: "BLK", label: "Black", weight: 4 },
  { code: "WHT", label: "White", weight: 2 },
  { code: "SGE", label: "Sage", weight: 3 },
  { code: "NVY", label: "Navy", weight: 2 },
];
const cupColors: TemplateOption[] = [
  { code: "WHT", label: "White", weight: 4 },
  { code: "BLK", label: "Black", weight: 2 },
  { code: "TRQ", label: "Turquoise", weight: 2 },
  { code: "TRC", label: "Terracotta", weight: 1 },
];

function coffee(code: string, name: string, priceCents: number, popularity: number, season?: Season): ProductTemplate {
  return {
    code: `COF-${code}`,
    name,
    category: "Coffee",
    supplier: roaster,
    priceCents,
    margin: 0.55,
    popularity,
    leadTimeDays: 3,
    options: [beanSizes, grinds],
    consumable: true,
    stripe: true,
    ...(season ? { season } : {}),
  };
}

function teaBlend(code: string, name: string, priceCents: number, popularity: number): ProductTemplate {
  return { code: `TEA-${code}`, name, category: "Tea", supplier: tea, priceCents, margin: 0.6, popularity, leadTimeDays: 7, options: [teaSizes], consumable: true };
}

export const productTemplates: ProductTemplate[] = [
  coffee("HSE", "House Blend Coffee", 1650, 60),
  coffee("ESP", "Espresso Blend Coffee", 1750, 34),
  coffee("DCF", "Swiss Water Decaf Coffee", 1800, 10),
  coffee("ETH", "Ethiopia Yirgacheffe Coffee", 2100, 16),
  coffee("COL", "Colombia Huila Coffee", 1900, 14),
  coffee("GUA", "Guatemala Antigua Coffee", 1900, 9),
  coffee("KEN", "Kenya Nyeri Coffee", 2200, 7),
  coffee("SUM", "Sumatra Mandheling Coffee", 1900, 6),
  coffee("BRA", "Brazil Cerrado Coffee", 1700, 8),
  coffee("CRC", "Costa Rica Tarrazu Coffee", 2000, 5),
  coffee("PER", "Peru Cajamarca Coffee", 1850, 4),
  coffee("RWA", "Rwanda Huye Coffee", 2150, 4),
  coffee("HOL", "Holiday Blend Coffee", 1900, 30, "holiday"),
  coffee("CLD", "Cold Brew Blend Coffee", 1750, 18, "summer"),
  teaBlend("EGR", "Earl Grey Tea", 1200, 7),
  teaBlend("ENG", "English Breakfast Tea", 1100, 7),
  teaBlend("SEN", "Sencha Green Tea", 1400, 4),
  teaBlend("CHM", "Chamomile Tea", 1100, 3),
  teaBlend("CHI", "Masala Chai Tea", 1300, 5),
  teaBlend("PEP", "Peppermint Tea", 1000, 3),
  teaBlend("ROO", "Rooibos Tea", 1100, 2),
  { code: "TEA-MAT", name: "Ceremonial Matcha", category: "Tea", supplier: tea, priceCents: 2400, margin: 0.55, popularity: 4, leadTimeDays: 7, options: [[{ code: "30G", label: "30 g", weight: 3 }, { code: "100G", label: "100 g", priceDeltaCents: 3000, weight: 1 }]], consumable: true },
  { code: "TEA-WSK", name: "Bamboo Matcha Whisk", category: "Tea", supplier: tea, priceCents: 1800, margin: 0.6, popularity: 2 },
  { code: "TPT-CST", name: "Cast Iron Tetsubin Teapot", category: "Tea", supplier: tea, priceCents: 8900, margin: 0.5, popularity: 0.05 },
  { code: "TPT-GLS", name: "Glass Teapot with Infuser", category: "Tea", supplier: glass, priceCents: 3400, margin: 0.55, popularity: 2, outlet: true },
  { code: "INF-TEA", name: "Stainless Tea Infuser", category: "Tea", supplier: tea, priceCents: 900, margin: 0.65, popularity: 3, options: [[{ code: "BSK", label: "Basket", weight: 2 }, { code: "BAL", label: "Ball", weight: 1 }]] },

  { code: "MUG-STN", name: "Stoneware Mug", category: "Mugs & Cups", supplier: ceramics, priceCents: 1800, margin: 0.6, popularity: 26, leadTimeDays: 21, outlet: true,
    options: [[{ code: "8OZ", label: "8 oz", weight: 2 }, { code: "12OZ", label: "12 oz", priceDeltaCents: 200, weight: 5 }, { code: "16OZ", label: "16 oz", priceDeltaCents: 400, weight: 3 }], mugColors] },
  { code: "MUG-DNR", name: "Speckled Diner Mug", category: "Mugs & Cups", supplier: ceramics, priceCents: 1600, margin: 0.6, popularity: 6, leadTimeDays: 21, outlet: true,
    options: [[{ code: "WHT", label: "White", weight: 3 }, { code: "BLU", label: "Blue", weight: 2 }, { code: "PNK", label: "Pink", weight: 2 }, { code: "YLW", label: "Yellow", weight: 1 }]] },
  { code: "MUG-PTR", name: "Handmade Pottery Mug", category: "Mugs & Cups", supplier: potter, priceCents: 3800, margin: 0.45, popularity: 5, leadTimeDays: 35,
    options: [[{ code: "ASH", label: "Ash glaze" }, { code: "CLD", label: "Celadon" }, { code: "TMK", label: "Tenmoku" }, { code: "SHN", label: "Shino" }, { code: "COB", label: "Cobalt" }, { code: "OAT", label: "Oatmeal" }]] },
  { code: "MUG-ENM", name: "Enamel Camp Mug", category: "Mugs & Cups", supplier: housewares, priceCents: 1400, margin: 0.6, popularity: 4, outlet: true,
    options: [[{ code: "WHT", label: "White" }, { code: "BLU", label: "Blue" }, { code: "RED", label: "Red" }]] },
  { code: "MUG-GLS", name: "Double-Wall Glass Mug", category: "Mugs & Cups", supplier: glass, priceCents: 2200, margin: 0.55, popularity: 5, outlet: true,
    options: [[{ code: "8OZ", label: "8 oz", weight: 2 }, { code: "12OZ", label: "12 oz", priceDeltaCents: 300, weight: 3 }]] },
  { code: "TUM-INS", name: "Insulated Travel Tumbler", category: "Mugs & Cups", supplier: housewares, priceCents: 2800, margin: 0.55, popularity: 14, outlet: true,
    options: [[{ code: "12OZ", label: "12 oz", weight: 3 }, { code: "16OZ", label: "16 oz", priceDeltaCents: 300, weight: 4 }, { code: "20OZ", label: "20 oz", priceDeltaCents: 600, weight: 2 }], tumblerColors] },
  { code: "CUP-ESP", name: "Espresso Cup & Saucer, Set of 2", category: "Mugs & Cups", supplier: ceramics, priceCents: 2400, margin: 0.6, popularity: 4, outlet: true, options: [cupColors] },
  { code: "CUP-CAP", name: "Cappuccino Cup & Saucer", category: "Mugs & Cups", supplier: ceramics, priceCents: 1900, margin: 0.6, popularity: 4, outlet: true, options: [cupColors] },
  { code: "BWL-LAT", name: "Latte Bowl", category: "Mugs & Cups", supplier: ceramics, priceCents: 2100, margin: 0.6, popularity: 2, outlet: true,
    options: [[{ code: "WHT", label: "White" }, { code: "SND", label: "Sand" }, { code: "BLU", label: "Blue" }]] },

  { code: "BRW-DRP", name: "Ceramic Pour-Over Dripper", category: "Brewing", supplier: brewing, priceCents: 2600, margin: 0.55, popularity: 10, leadTimeDays: 10, stripe: true,
    options: [[{ code: "01", label: "Size 01", weight: 2 }, { code: "02", label: "Size 02", priceDeltaCents: 200, weight: 3 }], [{ code: "WHT", label: "White", weight: 4 }, { code: "BLK", label: "Black", weight: 2 }, { code: "RED", label: "Red", weight: 1 }]] },
  { code: "BRW-GLD", name: "Glass Pour-Over Dripper", category: "Brewing", supplier: brewing, priceCents: 2200, margin: 0.55, popularity: 3, leadTimeDays: 10, outlet: true,
    options: [[{ code: "01", label: "Size 01" }, { code: "02", label: "Size 02", priceDeltaCents: 200 }]] },
  { code: "BRW-CRF", name: "Glass Pour-Over Carafe", category: "Brewing", supplier: brewing, priceCents: 4800, margin: 0.5, popularity: 6, leadTimeDays: 10, stripe: true,
    options: [[{ code: "3CUP", label: "3 cup", weight: 2 }, { code: "6CUP", label: "6 cup", priceDeltaCents: 500, weight: 3 }, { code: "8CUP", label: "8 cup", priceDeltaCents: 900, weight: 1 }]] },
  { code: "BRW-FRP", name: "French Press", category: "Brewing", supplier: brewing, priceCents: 3400, margin: 0.5, popularity: 9, leadTimeDays: 10, outlet: true,
    options: [[{ code: "3CUP", label: "3 cup", weight: 1 }, { code: "8CUP", label: "8 cup", priceDeltaCents: 800, weight: 3 }, { code: "12CUP", label: "12 cup", priceDeltaCents: 1400, weight: 1 }], [{ code: "BLK", label: "Black", weight: 3 }, { code: "CHR", label: "Chrome", weight: 2 }, { code: "CPR", label: "Copper", priceDeltaCents: 1000, weight: 1 }]] },
  { code: "BRW-MOK", name: "Stovetop Moka Pot", category: "Brewing", supplier: brewing, priceCents: 3600, margin: 0.5, popularity: 4, outlet: true,
    options: [[{ code: "3CUP", label: "3 cup", weight: 2 }, { code: "6CUP", label: "6 cup", priceDeltaCents: 600, weight: 3 }, { code: "9CUP", label: "9 cup", priceDeltaCents: 1200, weight: 1 }]] },
  { code: "BRW-PRS", name: "Press Brewer", category: "Brewing", supplier: brewing, priceCents: 3999, margin: 0.45, popularity: 8, leadTimeDays: 10, stripe: true,
    options: [[{ code: "STD", label: "Original", weight: 3 }, { code: "GO", label: "Travel", weight: 1 }]] },
  { code: "BRW-CLD", name: "Cold Brew Maker", category: "Brewing", supplier: brewing, priceCents: 3200, margin: 0.5, popularity: 8, season: "summer", outlet: true,
    options: [[{ code: "1L", label: "1 litre", weight: 2 }, { code: "2L", label: "2 litre", priceDeltaCents: 800, weight: 1 }]] },
  { code: "BRW-SPH", name: "Glass Siphon Brewer", category: "Brewing", supplier: brewing, priceCents: 11900, margin: 0.45, popularity: 0.05 },
  { code: "BRW-CZV", name: "Copper Turkish Cezve", category: "Brewing", supplier: brewing, priceCents: 2800, margin: 0.5, popularity: 1,
    options: [[{ code: "SM", label: "Small" }, { code: "LG", label: "Large", priceDeltaCents: 600 }]] },
  { code: "BRW-AUT", name: "Drip Coffee Maker", category: "Brewing", supplier: brewing, priceCents: 12900, margin: 0.35, popularity: 3, leadTimeDays: 14,
    options: [[{ code: "8CUP", label: "8 cup", weight: 2 }, { code: "12CUP", label: "12 cup", priceDeltaCents: 3000, weight: 1 }]] },
  { code: "ESP-MCH", name: "Home Espresso Machine", category: "Brewing", supplier: brewing, priceCents: 54900, margin: 0.3, popularity: 0.6, leadTimeDays: 21, stripe: true,
    options: [[{ code: "SGL", label: "Single boiler", weight: 3 }, { code: "DUAL", label: "Dual boiler", priceDeltaCents: 75000, weight: 0.1 }]] },
  { code: "GRN-HND", name: "Hand Burr Grinder", category: "Grinders", supplier: brewing, priceCents: 7900, margin: 0.45, popularity: 5, leadTimeDays: 14, stripe: true,
    options: [[{ code: "STD", label: "Standard", weight: 3 }, { code: "PRO", label: "Pro", priceDeltaCents: 8000, weight: 1 }]] },
  { code: "GRN-ELC", name: "Electric Burr Grinder", category: "Grinders", supplier: brewing, priceCents: 19900, margin: 0.35, popularity: 3, leadTimeDays: 14, stripe: true },
  { code: "GRN-BLD", name: "Blade Grinder", category: "Grinders", supplier: brewing, priceCents: 2900, margin: 0.5, popularity: 2, outlet: true },

  { code: "KTL-GNE", name: "Electric Gooseneck Kettle", category: "Kettles", supplier: brewing, priceCents: 8900, margin: 0.4, popularity: 6, leadTimeDays: 14, stripe: true,
    options: [[{ code: "BLK", label: "Matte black", weight: 4 }, { code: "WHT", label: "White", weight: 2 }, { code: "CPR", label: "Copper", priceDeltaCents: 2000, weight: 1 }]] },
  { code: "KTL-GNS", name: "Stovetop Gooseneck Kettle", category: "Kettles", supplier: brewing, priceCents: 4400, margin: 0.45, popularity: 3, outlet: true,
    options: [[{ code: "BLK", label: "Black" }, { code: "STL", label: "Steel" }]] },
  { code: "KTL-STV", name: "Enamel Stovetop Kettle 2 qt", category: "Kettles", supplier: housewares, priceCents: 4900, margin: 0.45, popularity: 3, outlet: true,
    options: [[{ code: "RED", label: "Red" }, { code: "BLU", label: "Blue" }, { code: "WHT", label: "White" }, { code: "STL", label: "Steel" }]] },

  { code: "FLT-P01", name: "Paper Filters Size 01, 100 ct", category: "Filters & Care", supplier: brewing, priceCents: 700, margin: 0.6, popularity: 14, leadTimeDays: 10, consumable: true,
    options: [[{ code: "WHT", label: "White", weight: 2 }, { code: "NAT", label: "Natural", weight: 1 }]] },
  { code: "FLT-P02", name: "Paper Filters Size 02, 100 ct", category: "Filters & Care", supplier: brewing, priceCents: 800, margin: 0.6, popularity: 30, leadTimeDays: 10, consumable: true, stripe: true,
    options: [[{ code: "WHT", label: "White", weight: 3 }, { code: "NAT", label: "Natural", weight: 1 }]] },
  { code: "FLT-CRF", name: "Carafe Filters, 100 ct", category: "Filters & Care", supplier: brewing, priceCents: 1200, margin: 0.6, popularity: 8, leadTimeDays: 10, consumable: true },
  { code: "FLT-MTL", name: "Reusable Metal Filter", category: "Filters & Care", supplier: brewing, priceCents: 2400, margin: 0.55, popularity: 3, outlet: true,
    options: [[{ code: "01", label: "Size 01" }, { code: "02", label: "Size 02" }]] },
  { code: "CLN-TAB", name: "Grinder Cleaning Tablets", category: "Filters & Care", supplier: brewing, priceCents: 1500, margin: 0.6, popularity: 3, consumable: true },
  { code: "CLN-DSC", name: "Kettle & Machine Descaler", category: "Filters & Care", supplier: brewing, priceCents: 1300, margin: 0.6, popularity: 4, consumable: true },
  { code: "CLN-BRS", name: "Barista Cleaning Brush Set", category: "Filters & Care", supplier: brewing, priceCents: 1600, margin: 0.6, popularity: 2 },

  { code: "SCL-TMR", name: "Coffee Scale with Timer", category: "Barista Tools", supplier: brewing, priceCents: 4500, margin: 0.5, popularity: 6, stripe: true,
    options: [[{ code: "BLK", label: "Black", weight: 3 }, { code: "WHT", label: "White", weight: 1 }]] },
  { code: "FRT-HND", name: "Handheld Milk Frother", category: "Barista Tools", supplier: brewing, priceCents: 1900, margin: 0.55, popularity: 5, outlet: true,
    options: [[{ code: "BLK", label: "Black" }, { code: "WHT", label: "White" }, { code: "SLV", label: "Silver" }]] },
  { code: "PTC-MLK", name: "Milk Frothing Pitcher", category: "Barista Tools", supplier: brewing, priceCents: 2200, margin: 0.55, popularity: 3,
    options: [[{ code: "12OZ", label: "12 oz", weight: 2 }, { code: "20OZ", label: "20 oz", priceDeltaCents: 400, weight: 1 }]] },
  { code: "TMP-ESP", name: "Espresso Tamper", category: "Barista Tools", supplier: brewing, priceCents: 3200, margin: 0.5, popularity: 2,
    options: [[{ code: "51MM", label: "51 mm" }, { code: "54MM", label: "54 mm" }, { code: "58MM", label: "58 mm", weight: 2 }]] },
  { code: "KNK-BOX", name: "Espresso Knock Box", category: "Barista Tools", supplier: brewing, priceCents: 2800, margin: 0.5, popularity: 1 },
  { code: "CAN-VAC", name: "Vacuum Coffee Canister", category: "Barista Tools", supplier: housewares, priceCents: 2600, margin: 0.55, popularity: 6, outlet: true,
    options: [[{ code: "SM", label: "Small", weight: 2 }, { code: "LG", label: "Large", priceDeltaCents: 600, weight: 1 }], [{ code: "BLK", label: "Black" }, { code: "WHT", label: "White" }, { code: "SGE", label: "Sage" }]] },
  { code: "SCP-STL", name: "Steel Coffee Scoop", category: "Barista Tools", supplier: housewares, priceCents: 900, margin: 0.65, popularity: 3 },
  { code: "CLP-BAG", name: "Coffee Bag Clips, 2 pack", category: "Barista Tools", supplier: housewares, priceCents: 600, margin: 0.7, popularity: 4 },

  { code: "KNF-CHF", name: "Chef's Knife", category: "Kitchen", supplier: housewares, priceCents: 8900, margin: 0.45, popularity: 3, leadTimeDays: 21,
    options: [[{ code: "6IN", label: "6 in" }, { code: "8IN", label: "8 in", priceDeltaCents: 2000, weight: 2 }]] },
  { code: "KNF-PAR", name: "Paring Knife", category: "Kitchen", supplier: housewares, priceCents: 2900, margin: 0.5, popularity: 2 },
  { code: "KNF-BRD", name: "Serrated Bread Knife", category: "Kitchen", supplier: housewares, priceCents: 4900, margin: 0.5, popularity: 2 },
  { code: "SHP-WHT", name: "Whetstone 1000/6000", category: "Kitchen", supplier: housewares, priceCents: 3900, margin: 0.5, popularity: 1 },
  { code: "BRD-WAL", name: "Walnut Cutting Board", category: "Kitchen", supplier: housewares, priceCents: 4500, margin: 0.5, popularity: 4, leadTimeDays: 28, outlet: true,
    options: [[{ code: "SM", label: "Small", weight: 2 }, { code: "MD", label: "Medium", priceDeltaCents: 2000, weight: 2 }, { code: "LG", label: "Large", priceDeltaCents: 4500, weight: 1 }]] },
  { code: "BRD-BMB", name: "Bamboo Board Set of 3", category: "Kitchen", supplier: housewares, priceCents: 3400, margin: 0.55, popularity: 2, outlet: true },
  { code: "PAN-CST", name: "Cast Iron Skillet", category: "Cookware", supplier: ironworks, priceCents: 3900, margin: 0.45, popularity: 5, leadTimeDays: 21, outlet: true,
    options: [[{ code: "8IN", label: "8 in", weight: 1 }, { code: "10IN", label: "10 in", priceDeltaCents: 1000, weight: 3 }, { code: "12IN", label: "12 in", priceDeltaCents: 2000, weight: 2 }]] },
  { code: "POT-DTC", name: "Enameled Dutch Oven", category: "Cookware", supplier: ironworks, priceCents: 17900, margin: 0.4, popularity: 3, leadTimeDays: 28, stripe: true,
    options: [[{ code: "3QT", label: "3.5 qt", weight: 1 }, { code: "5QT", label: "5.5 qt", priceDeltaCents: 6000, weight: 2 }], [{ code: "RED", label: "Cerise" }, { code: "BLU", label: "Marine" }, { code: "CRM", label: "Cream" }]] },
  { code: "PAN-SAU", name: "Stainless Saucepan", category: "Cookware", supplier: ironworks, priceCents: 5900, margin: 0.45, popularity: 2, outlet: true,
    options: [[{ code: "1QT", label: "1 qt" }, { code: "2QT", label: "2 qt", priceDeltaCents: 1000 }, { code: "3QT", label: "3 qt", priceDeltaCents: 2000 }]] },
  { code: "PAN-NST", name: "Nonstick Frying Pan", category: "Cookware", supplier: ironworks, priceCents: 3900, margin: 0.45, popularity: 3, outlet: true,
    options: [[{ code: "8IN", label: "8 in" }, { code: "10IN", label: "10 in", priceDeltaCents: 800, weight: 2 }, { code: "12IN", label: "12 in", priceDeltaCents: 1600 }]] },
  { code: "PAN-CPR", name: "Copper Saucepan 2 qt", category: "Cookware", supplier: ironworks, priceCents: 24900, margin: 0.4, popularity: 0.04 },
  { code: "BAK-SHT", name: "Aluminum Baking Sheet", category: "Bakeware", supplier: housewares, priceCents: 2200, margin: 0.55, popularity: 3, outlet: true,
    options: [[{ code: "HALF", label: "Half sheet", weight: 2 }, { code: "QTR", label: "Quarter sheet", priceDeltaCents: -500, weight: 1 }]] },
  { code: "BAK-LOF", name: "Loaf Pan", category: "Bakeware", supplier: housewares, priceCents: 1900, margin: 0.55, popularity: 2, outlet: true },
  { code: "BAK-MUF", name: "Muffin Tin, 12 cup", category: "Bakeware", supplier: housewares, priceCents: 2400, margin: 0.55, popularity: 1, outlet: true },
  { code: "BWL-MIX", name: "Stainless Mixing Bowl Set", category: "Bakeware", supplier: housewares, priceCents: 3900, margin: 0.5, popularity: 2, outlet: true,
    options: [[{ code: "3PC", label: "3 piece" }, { code: "5PC", label: "5 piece", priceDeltaCents: 1500 }]] },
  { code: "UTN-SPN", name: "Olive Wood Spoon Set", category: "Utensils", supplier: housewares, priceCents: 2800, margin: 0.55, popularity: 3 },
  { code: "UTN-SPT", name: "Silicone Spatula", category: "Utensils", supplier: housewares, priceCents: 1200, margin: 0.6, popularity: 3, outlet: true,
    options: [[{ code: "RED", label: "Red" }, { code: "BLU", label: "Blue" }, { code: "GRY", label: "Grey" }]] },
  { code: "UTN-WSK", name: "Balloon Whisk", category: "Utensils", supplier: housewares, priceCents: 1400, margin: 0.6, popularity: 2,
    options: [[{ code: "10IN", label: "10 in" }, { code: "12IN", label: "12 in", priceDeltaCents: 200 }]] },
  { code: "UTN-TNG", name: "Locking Tongs", category: "Utensils", supplier: housewares, priceCents: 1300, margin: 0.6, popularity: 2, outlet: true,
    options: [[{ code: "9IN", label: "9 in" }, { code: "12IN", label: "12 in", priceDeltaCents: 200 }]] },
  { code: "UTN-PLR", name: "Y Peeler", category: "Utensils", supplier: housewares, priceCents: 800, margin: 0.65, popularity: 2 },
  { code: "UTN-GRT", name: "Fine Rasp Grater", category: "Utensils", supplier: housewares, priceCents: 1600, margin: 0.6, popularity: 2 },
  { code: "MIL-SPS", name: "Salt & Pepper Mill Set", category: "Utensils", supplier: housewares, priceCents: 4200, margin: 0.5, popularity: 2, outlet: true,
    options: [[{ code: "WOD", label: "Beech wood" }, { code: "ACR", label: "Acrylic" }]] },
  { code: "BTL-OIL", name: "Olive Oil Pourer Bottle", category: "Utensils", supplier: glass, priceCents: 1800, margin: 0.6, popularity: 1 },
  { code: "MRT-GRN", name: "Granite Mortar & Pestle", category: "Utensils", supplier: housewares, priceCents: 5400, margin: 0.5, popularity: 0.05 },
  { code: "TMR-KIT", name: "Wind-Up Kitchen Timer", category: "Utensils", supplier: housewares, priceCents: 1500, margin: 0.6, popularity: 0.05 },
  { code: "PST-MKR", name: "Hand-Crank Pasta Maker", category: "Cookware", supplier: housewares, priceCents: 8900, margin: 0.45, popularity: 0.04 },
  { code: "FND-SET", name: "Cast Iron Fondue Set", category: "Cookware", supplier: ironworks, priceCents: 9900, margin: 0.45, popularity: 0.04 },

  { code: "TWL-KIT", name: "Cotton Kitchen Towels, 2 pack", category: "Linens", supplier: housewares, priceCents: 1600, margin: 0.6, popularity: 4, outlet: true,
    options: [[{ code: "NAT", label: "Natural" }, { code: "BLU", label: "Blue stripe" }, { code: "RST", label: "Rust check" }, { code: "OLV", label: "Olive" }]] },
  { code: "APR-CNV", name: "Canvas Apron", category: "Linens", supplier: housewares, priceCents: 3800, margin: 0.55, popularity: 3,
    options: [[{ code: "CHR", label: "Charcoal" }, { code: "OLV", label: "Olive" }, { code: "RST", label: "Rust" }]] },
  { code: "MIT-OVN", name: "Quilted Oven Mitt", category: "Linens", supplier: housewares, priceCents: 1400, margin: 0.6, popularity: 2, outlet: true,
    options: [[{ code: "CHR", label: "Charcoal" }, { code: "RED", label: "Red" }, { code: "NAT", label: "Natural" }]] },
  { code: "NPK-LIN", name: "Linen Napkins, 4 pack", category: "Linens", supplier: housewares, priceCents: 3200, margin: 0.55, popularity: 2,
    options: [[{ code: "WHT", label: "White" }, { code: "SGE", label: "Sage" }, { code: "TRC", label: "Terracotta" }]] },
  { code: "TWL-HOL", name: "Holiday Print Tea Towel", category: "Linens", supplier: housewares, priceCents: 1400, margin: 0.6, popularity: 6, season: "holiday" },

  { code: "GLS-TMB", name: "Glass Tumblers, 4 pack", category: "Glassware", supplier: glass, priceCents: 2800, margin: 0.55, popularity: 3, outlet: true,
    options: [[{ code: "8OZ", label: "8 oz" }, { code: "12OZ", label: "12 oz", priceDeltaCents: 400, weight: 2 }]] },
  { code: "GLS-ICE", name: "Iced Coffee Glasses 16 oz", category: "Glassware", supplier: glass, priceCents: 2400, margin: 0.55, popularity: 4, season: "summer",
    options: [[{ code: "2PK", label: "2 pack", weight: 2 }, { code: "4PK", label: "4 pack", priceDeltaCents: 2000, weight: 1 }]] },
  { code: "JAR-GLS", name: "Glass Storage Jar", category: "Glassware", supplier: glass, priceCents: 1400, margin: 0.6, popularity: 3, outlet: true,
    options: [[{ code: "SM", label: "Small" }, { code: "MD", label: "Medium", priceDeltaCents: 400 }, { code: "LG", label: "Large", priceDeltaCents: 800 }]] },
  { code: "BTL-CLD", name: "Cold Brew Bottle 1 L", category: "Glassware", supplier: glass, priceCents: 1800, margin: 0.55, popularity: 3, season: "summer" },

  { code: "GFT-POV", name: "Pour-Over Starter Kit", category: "Gifts", supplier: null, priceCents: 7900, margin: 0.4, popularity: 5, stripe: true },
  { code: "GFT-ESP", name: "Espresso Lover's Box", category: "Gifts", supplier: null, priceCents: 6500, margin: 0.4, popularity: 3, stripe: true },
  { code: "GFT-TEA", name: "Tea Sampler Gift Box", category: "Gifts", supplier: null, priceCents: 4500, margin: 0.45, popularity: 3 },
  { code: "GFT-HOL", name: "Holiday Coffee Gift Box", category: "Gifts", supplier: null, priceCents: 5900, margin: 0.4, popularity: 14, season: "holiday", stripe: true },
  { code: "GFT-PIN", name: "Enamel Pin Set", category: "Gifts", supplier: null, priceCents: 1200, margin: 0.7, popularity: 1 },

  { code: "CHC-BAR", name: "Craft Chocolate Bar", category: "Pantry", supplier: pantry, priceCents: 650, margin: 0.5, popularity: 12, leadTimeDays: 7, consumable: true, online: false,
    options: [[{ code: "DRK", label: "70% dark", weight: 3 }, { code: "MLK", label: "Milk", weight: 2 }, { code: "SEA", label: "Sea salt", weight: 2 }, { code: "ORG", label: "Orange", weight: 1 }, { code: "ESP", label: "Espresso", weight: 2 }]] },
  { code: "BSC-BAG", name: "Biscotti Bag", category: "Pantry", supplier: pantry, priceCents: 850, margin: 0.5, popularity: 7, leadTimeDays: 7, consumable: true, online: false,
    options: [[{ code: "ALM", label: "Almond", weight: 3 }, { code: "CHC", label: "Chocolate", weight: 2 }, { code: "ANI", label: "Anise", weight: 1 }]] },
  { code: "SYR-BTL", name: "Coffee Syrup", category: "Pantry", supplier: pantry, priceCents: 1200, margin: 0.55, popularity: 5, leadTimeDays: 7, consumable: true,
    options: [[{ code: "VAN", label: "Vanilla", weight: 3 }, { code: "CAR", label: "Caramel", weight: 2 }, { code: "HAZ", label: "Hazelnut", weight: 2 }, { code: "MAP", label: "Maple", weight: 1 }]] },
  { code: "HNY-JAR", name: "Local Honey", category: "Pantry", supplier: pantry, priceCents: 1400, margin: 0.45, popularity: 3, leadTimeDays: 7, consumable: true, online: false,
    options: [[{ code: "WLD", label: "Wildflower" }, { code: "CLV", label: "Clover" }]] },
  { code: "COC-MIX", name: "Drinking Chocolate", category: "Pantry", supplier: pantry, priceCents: 1600, margin: 0.5, popularity: 5, consumable: true, season: "holiday" },

  { code: "BK-BREW", name: "Brewing Better Coffee at Home (book)", category: "Books", supplier: books, priceCents: 2800, margin: 0.4, popularity: 2 },
  { code: "BK-ATLS", name: "The Coffee Atlas (book)", category: "Books", supplier: books, priceCents: 4000, margin: 0.4, popularity: 1 },
  { code: "BK-BRED", name: "Bread Basics (book)", category: "Books", supplier: books, priceCents: 3200, margin: 0.4, popularity: 0.04 },
];
