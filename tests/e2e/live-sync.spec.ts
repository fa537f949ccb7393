import { expect, test } from "@playwright/test";
import { z } from "zod";
import { demoStaff, signIn } from "./sign-in";

const itemsSchema = z.array(z.object({ itemId: z.number(), customSku: z.string() }));
const itemShopsSchema = z.array(z.object({ itemId: z.number(), shopId: z.number(), qoh: z.number() }));

test("a till sale in the simulated Lightspeed reaches the SKU's ledger and every store's figures", async ({ page, request, baseURL }) => {
  test.setTimeout(180_000);
  // The portal runs against the sandbox started by `npm start`, on the ports playwright.config.ts gives it.
  const control = `http://127.0.0.1:${Number(new URL(baseURL ?? "").port) + 2000}/_control`;
  const items = itemsSchema.parse(await (await request.get(`${control}/items`)).json());
  const itemShops = itemShopsSchema.parse(await (await request.get(`${control}/item-shops`)).json());
  const stocked = itemShops.filter((row) => row.shopId === 1 && row.qoh >= 5);
  const item = items.find((candidate) => stocked.some((row) => row.itemId === candidate.itemId) && candidate.customSku.length > 0);
  if (!item) throw new Error("the sandbox holds no stocked item");

  await signIn(page, demoStaff);
  await page.goto(`/inventory/${encodeURIComponent(item.customSku)}`);
  const ledger = page.getByRole("table", { name: "Movement ledger" });
  const storeSales = ledger.getByRole("row").filter({ hasText: "Store sale" });
  const before = await storeSales.count();

  const sale = await request.post(`${control}/till-sale`, { data: { lines: [{ itemID: item.itemId, quantity: 1 }] } });
  expect(sale.ok()).toBe(true);

  // Lightspeed has no webhooks: the portal finds the sale by polling (every few seconds, started by a cron).
  await expect(async () => {
    await page.reload();
    expect(await storeSales.count()).toBeGreaterThan(before);
  }).toPass({ timeout: 150_000, intervals: [3_000] });
  await expect(storeSales.first()).toContainText("−1");
  await expect(storeSales.first()).toContainText("Posted");
  await page.screenshot({ path: test.info().outputPath("till-sale-in-ledger.png"), fullPage: true });
});
