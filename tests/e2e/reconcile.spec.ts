import { expect, test, type Page, type Request } from "@playwright/test";
import { demoOwner, demoStaff, signIn } from "./sign-in";

// A full reconciliation of the demo shop reads every level in Lightspeed and both stores.
test.setTimeout(180_000);

/** The first SKU on the drift report (the demo carries drift on purpose, and every run writes some rows). */
async function someSku(page: Page): Promise<string> {
  const first = page.getByRole("table", { name: "Drift report" }).locator("tbody tr").first().locator("td").nth(1).locator("span").first();
  return (await first.textContent())?.trim() ?? "";
}

test("the owner runs a full reconciliation, watches it finish, and overrides a count with a reason", async ({ page }, testInfo) => {
  await signIn(page, demoOwner);
  await page.goto("/reconcile");
  await expect(page.getByRole("heading", { name: "Reconcile", level: 1 })).toBeVisible();

  const form = page.getByRole("form", { name: "Run full reconciliation" });
  await form.getByRole("button", { name: "Run full reconciliation" }).click();
  await expect(form.getByRole("status")).toContainText(/Reconciliation #\d+ started/);
  const started = Number((await form.getByRole("status").textContent())?.match(/#(\d+)/)?.[1] ?? 0);

  const progress = page.getByTestId("reconcile-progress");
  await expect(progress).toContainText(`Run #${started}`);
  const bar = page.getByRole("progressbar", { name: "Reconciliation progress" });
  await expect(bar).toHaveAttribute("aria-valuenow", "100", { timeout: 150_000 });
  await expect(progress).toHaveAttribute("data-status", "completed");
  await expect(progress).toContainText("Done");
  await page.screenshot({ path: testInfo.outputPath("reconcile-done.png"), fullPage: true });

  const drift = page.getByRole("table", { name: "Drift report" });
  await expect(drift).toBeVisible();
  await expect(drift.locator("tbody tr").first()).toBeVisible();
  await page.getByRole("link", { name: "Open only" }).click();
  await expect(page).toHaveURL(/drift=open/);
  await page.getByRole("link", { name: "All", exact: true }).click();

  const sku = await someSku(page);
  expect(sku).not.toBe("");
  const reason = `Counted the shelf (${testInfo.project.name})`;
  const counted = 40 + testInfo.project.name.length;
  const override = page.getByRole("form", { name: "Override on-hand" });
  await expect(override).toContainText("posted to Lightspeed as an inventory count");
  await override.getByLabel("SKU").fill(sku);
  await override.getByLabel("Counted on-hand").fill(String(counted));
  await override.getByLabel("Reason").fill(reason);
  await override.getByRole("button", { name: "Override on-hand" }).click();
  await expect(override.getByRole("status")).toContainText(`counted ${counted}`);
  await expect(override.getByRole("status")).toContainText("Posting to Lightspeed");
  const overrides = page.getByRole("table", { name: "Recent overrides" });
  const row = overrides.getByRole("row").filter({ hasText: reason });
  await expect(row).toContainText(demoOwner.name);
  await expect(row).toContainText(/Pending|Posted/);
  // The engine posts the count to the simulated Lightspeed (count, counted item, reconcile), then marks it posted.
  await expect(async () => {
    await page.reload();
    await expect(row).toContainText("Posted", { timeout: 1_000 });
  }).toPass({ timeout: 90_000, intervals: [2_000] });
  await page.screenshot({ path: testInfo.outputPath("reconcile-override.png"), fullPage: true });

  // Lightspeed's on-hand is the count, and every store is set to its sellable figure from it.
  await page.goto(`/inventory/${encodeURIComponent(sku)}`);
  await expect(page.locator('[data-testid^="lightspeed-figures-"]').first().locator("dd").first()).toHaveText(String(counted));
  const stores = page.locator('[data-testid^="store-figures-"]');
  await expect(stores).toHaveCount(2);
  await expect(async () => {
    await page.reload();
    for (const store of await stores.all()) {
      // A store that does not list the SKU has no figures to follow.
      const [sellable, shows] = await store.locator("dd").allTextContents();
      if (sellable === undefined) continue;
      expect(Number(sellable)).toBeGreaterThan(0);
      expect(shows).toBe(sellable);
    }
  }).toPass({ timeout: 60_000, intervals: [2_000] });
});

test("staff get 403 on the Reconcile page and its progress route", async ({ page }) => {
  await signIn(page, demoStaff);
  const response = await page.goto("/reconcile");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "Owner only" })).toBeVisible();
  const progress = await page.request.get("/api/reconcile/1");
  expect(progress.status()).toBe(403);
});

test("staff replaying the owner's reconcile actions are refused on the server", async ({ browser }, testInfo) => {
  const ownerContext = await browser.newContext();
  const ownerPage = await ownerContext.newPage();
  await signIn(ownerPage, demoOwner);
  await ownerPage.goto("/reconcile");
  const recorded: Request[] = [];
  ownerPage.on("request", (request) => {
    if (request.method() === "POST" && request.headers()["next-action"]) recorded.push(request);
  });

  const sku = await someSku(ownerPage);
  const ownerReason = `owner-made-${testInfo.project.name}`;
  const override = ownerPage.getByRole("form", { name: "Override on-hand" });
  await override.getByLabel("SKU").fill(sku);
  // A figure of its own per project, so the override changes something whichever SKU comes first.
  await override.getByLabel("Counted on-hand").fill(String(500 + testInfo.project.name.length));
  await override.getByLabel("Reason").fill(ownerReason);
  await override.getByRole("button", { name: "Override on-hand" }).click();
  await expect(override.getByRole("status")).toContainText("Posting to Lightspeed");
  const overrideRequest = recorded.at(-1);

  const run = ownerPage.getByRole("form", { name: "Run full reconciliation" });
  await run.getByRole("button", { name: "Run full reconciliation" }).click();
  await expect(run.getByRole("status")).toContainText("started");
  const runRequest = recorded.at(-1);
  expect(overrideRequest, "the override form posts a server action").toBeDefined();
  expect(runRequest, "the run form posts a server action").toBeDefined();
  if (!overrideRequest || !runRequest) return;

  const staffContext = await browser.newContext();
  const staffPage = await staffContext.newPage();
  await signIn(staffPage, demoStaff);
  const smuggled = `smuggled-${testInfo.project.name}`;
  for (const [request, body] of [
    [overrideRequest, (overrideRequest.postData() ?? "").replace(ownerReason, smuggled)],
    [runRequest, runRequest.postData() ?? ""],
  ] as const) {
    const headers = request.headers();
    const response = await staffPage.request.post(request.url(), {
      headers: { "next-action": headers["next-action"] ?? "", "content-type": headers["content-type"] ?? "", accept: "text/x-component" },
      data: body,
    });
    expect(await response.text()).toContain("Only the owner may do this.");
  }

  await ownerPage.reload();
  await expect(ownerPage.getByRole("table", { name: "Recent overrides" })).toContainText(ownerReason);
  await expect(ownerPage.getByRole("table", { name: "Recent overrides" })).not.toContainText(smuggled);
  // Let the owner's run finish so the next project's run does not wait behind it.
  await expect(ownerPage.getByRole("progressbar", { name: "Reconciliation progress" })).toHaveAttribute("aria-valuenow", "100", { timeout: 150_000 });
  await ownerContext.close();
  await staffContext.close();
});
