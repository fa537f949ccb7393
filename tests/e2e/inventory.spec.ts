import { expect, test } from "@playwright/test";
import { demoOwner, demoStaff, signIn } from "./sign-in";

test("staff open Inventory, filter to drifting SKUs and open a SKU page with its ledger", async ({ page }, testInfo) => {
  await signIn(page, demoStaff);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Inventory" }).click();
  await expect(page.getByRole("heading", { name: "Inventory", level: 1 })).toBeVisible();
  const table = page.getByRole("table", { name: "Inventory" });
  await expect(table.getByRole("columnheader", { name: "On hand" })).toBeVisible();
  await expect(table.getByRole("columnheader", { name: "Pending" })).toBeVisible();
  await expect(table.getByRole("columnheader", { name: /sellable$/ }).first()).toBeVisible();
  expect(await table.locator("tbody tr").count()).toBe(50);
  await expect(page.getByRole("navigation", { name: "Inventory pages" })).toContainText("Page 1 of");
  await page.screenshot({ path: testInfo.outputPath("inventory.png"), fullPage: true });

  // The demo shop has SKUs whose store shows something else than the sellable figure.
  await page.getByRole("navigation", { name: "Show" }).getByRole("link", { name: /Drifting/ }).click();
  await expect(page).toHaveURL(/\/inventory\?filter=drifting$/);
  const drifting = table.locator("tbody tr");
  await expect(drifting.first()).toContainText("Drifting");
  await expect(drifting.first().locator("[data-drifting=true]").first()).toContainText("drift");
  await page.screenshot({ path: testInfo.outputPath("inventory-drifting.png"), fullPage: true });

  const skuLink = drifting.first().getByRole("link").first();
  const sku = (await skuLink.textContent())?.trim() ?? "";
  await skuLink.click();
  await expect(page.getByRole("heading", { name: sku, level: 1 })).toBeVisible();
  await expect(page.getByRole("region", { name: /^Lightspeed · / })).toContainText("On hand");
  await expect(page.getByRole("region", { name: /^Shopify · / }).first()).toBeVisible();
  await expect(page.getByRole("note").first()).toContainText(/Shopify shows \d+ (more|fewer) than it should/);
  const ledger = page.getByRole("table", { name: "Movement ledger" });
  await expect(ledger.getByRole("columnheader", { name: "Level after" })).toBeVisible();
  expect(await ledger.getByTestId("ledger-row").count()).toBeGreaterThan(0);
  await expect(ledger.getByTestId("ledger-row").last()).toContainText("Stock count");
  await expect(ledger).toContainText("Posted");
  // Staff may not open the Activity screen, so the ledger does not link to inbox entries for them.
  await expect(page.locator('a[href^="/activity"]')).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath("sku-page.png"), fullPage: true });
});

test("search and filters live in the URL, hostile values fall back to defaults, unknown SKUs are 404", async ({ page }) => {
  await signIn(page, demoStaff);
  await page.goto("/inventory");
  await page.getByLabel("Search SKU or name").fill("ESP-MCH");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/inventory\?q=ESP-MCH$/);
  await expect(page.getByTestId("inventory-row-ESP-MCH-SGL")).toBeVisible();
  await expect(page.getByRole("table", { name: "Inventory" }).locator("tbody tr")).toHaveCount(await page.getByTestId(/^inventory-row-ESP-MCH/).count());

  const hostile = await page.goto("/inventory?filter=%3Cscript%3Ealert(1)%3C%2Fscript%3E&page=-3&q=%25%27%3B--");
  expect(hostile?.status()).toBe(200);
  await expect(page.getByRole("navigation", { name: "Show" }).getByRole("link", { name: /All SKUs/ })).toHaveAttribute("aria-current", "page");
  await expect(page.getByText("No SKUs to show")).toBeVisible();

  const missing = await page.goto("/inventory/NO-SUCH-SKU");
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
});

test("the owner's ledger links online orders to their webhook in the inbox", async ({ page }, testInfo) => {
  await signIn(page, demoOwner);
  // An online order came in by webhook: its SKU's ledger links to the inbox entry, pending or posted by now (the
  // inbox sweep re-sends the demo's waiting orders ten minutes after the start, so which it is depends on the clock).
  await page.goto("/activity?provider=shopify&topic=orders%2Fcreate&status=processed");
  await page.getByRole("table", { name: "Webhook inbox" }).getByRole("link", { name: /^Details of / }).first().click();
  const body = (await page.getByTestId("inbox-entry-body").textContent()) ?? "";
  const sku = /"sku": "([^"]+)"/.exec(body)?.[1] ?? /\\"sku\\":\\"([^\\]+)\\"/.exec(body)?.[1];
  expect(sku, "the order names a SKU").toBeTruthy();
  await page.goto(`/inventory/${encodeURIComponent(sku ?? "")}`);
  const orderRow = page.getByRole("table", { name: "Movement ledger" }).getByTestId("ledger-row").filter({ hasText: "Webhook orders/create" }).first();
  await expect(orderRow.getByRole("link", { name: /^Webhook orders\/create/ })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("sku-page-owner.png"), fullPage: true });
  await orderRow.getByRole("link", { name: /^Webhook orders\/create/ }).click();
  await expect(page.getByTestId("inbox-entry-detail")).toBeVisible();
});
