import { expect, test, type Page } from "@playwright/test";
import { z } from "zod";
import { demoStaff, signIn } from "./sign-in";

const itemsSchema = z.array(z.object({ itemId: z.number(), customSku: z.string() }));
const itemShopsSchema = z.array(z.object({ itemId: z.number(), shopId: z.number(), qoh: z.number() }));

/** Each Shopify store's figures on the SKU page: its sellable figure and what the store shows (listed stores only). */
async function storeFigures(page: Page): Promise<Array<{ sellable: number; shows: number }>> {
  const figures: Array<{ sellable: number; shows: number }> = [];
  for (const store of await page.locator('[data-testid^="store-figures-"]').all()) {
    const [sellable, shows] = await store.locator("dd").allTextContents();
    if (sellable !== undefined) figures.push({ sellable: Number(sellable.replace(/\D/g, "")), shows: Number(shows?.replace(/\D/g, "") || Number.NaN) });
  }
  return figures;
}

test("a till sale in the simulated Lightspeed reaches the SKU's ledger and moves both stores' figures", async ({ page, request, baseURL }) => {
  test.setTimeout(180_000);
  // The portal runs against the sandbox started by `npm start`, on the ports playwright.config.ts gives it.
  const control = `http://127.0.0.1:${Number(new URL(baseURL ?? "").port) + 2000}/_control`;
  const items = itemsSchema.parse(await (await request.get(`${control}/items`)).json());
  const itemShops = itemShopsSchema.parse(await (await request.get(`${control}/item-shops`)).json());
  const stocked = items.filter((candidate) => candidate.customSku.length > 0 && itemShops.some((row) => row.itemId === candidate.itemId && row.shopId === 1 && row.qoh >= 10));

  await signIn(page, demoStaff);
  // A SKU listed in both stores and in step with them, so a sale visibly lowers both stores' figures.
  await page.goto("/inventory");
  const rows = page.getByRole("table", { name: "Inventory" }).locator('[data-testid^="inventory-row-"]');
  await expect(rows.first()).toBeVisible();
  const quiet = rows.filter({ hasNotText: /Not listed|Drifting|Mapping problem|Low stock/ });
  const listedSkus = (await quiet.evaluateAll((nodes) => nodes.map((node) => node.getAttribute("data-testid") ?? ""))).map((id) => id.replace("inventory-row-", ""));
  const item = stocked.find((candidate) => listedSkus.includes(candidate.customSku));
  if (!item) throw new Error("the sandbox holds no stocked item listed in both stores");

  await page.goto(`/inventory/${encodeURIComponent(item.customSku)}`);
  await expect(page.getByRole("table", { name: "Movement ledger" })).toBeVisible();
  const before = await storeFigures(page);
  expect(before).toHaveLength(2);
  expect(before.every((figure) => figure.sellable > 0 && figure.shows === figure.sellable)).toBe(true);

  const ledger = page.getByRole("table", { name: "Movement ledger" });
  const storeSales = ledger.getByRole("row").filter({ hasText: "Store sale" });
  const salesBefore = await storeSales.count();

  const sale = await request.post(`${control}/till-sale`, { data: { lines: [{ itemID: item.itemId, quantity: 1 }] } });
  expect(sale.ok()).toBe(true);

  // Lightspeed has no webhooks: the portal finds the sale by polling (every few seconds, started by a cron), then
  // sets every store to its new sellable figure.
  await expect(async () => {
    await page.reload();
    expect(await storeSales.count()).toBeGreaterThan(salesBefore);
    const after = await storeFigures(page);
    expect(after.map((figure) => figure.sellable)).toEqual(before.map((figure) => figure.sellable - 1));
    expect(after.map((figure) => figure.shows)).toEqual(after.map((figure) => figure.sellable));
  }).toPass({ timeout: 150_000, intervals: [3_000] });
  await expect(storeSales.first()).toContainText("−1");
  await expect(storeSales.first()).toContainText("Posted");
  await page.screenshot({ path: test.info().outputPath("till-sale-in-ledger.png"), fullPage: true });
});
