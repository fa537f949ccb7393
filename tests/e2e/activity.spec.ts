import { expect, test, type Page, type Request } from "@playwright/test";
import { demoOwner, demoStaff, signIn } from "./sign-in";

/** Opens the first inbox entry matching `query` in the Activity screen's detail view. */
async function openInboxEntry(page: Page, query: string): Promise<void> {
  await page.goto(`/activity?${query}`);
  await page.getByRole("table", { name: "Webhook inbox" }).getByRole("link", { name: /^Details of / }).first().click();
  await expect(page.getByTestId("inbox-entry-detail")).toBeVisible();
}

test("the owner sees the inbox, engine runs and audit log, and an entry's headers and body without secrets", async ({ page }, testInfo) => {
  await signIn(page, demoOwner);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Activity" }).click();
  const inbox = page.getByRole("table", { name: "Webhook inbox" });
  // Signing in lands on the dashboard, whose figures may still be streaming when the link is followed.
  await expect(inbox.getByRole("columnheader", { name: "Attempts" })).toBeVisible({ timeout: 20_000 });
  await expect(inbox).toContainText("orders/create");

  const filters = page.getByRole("form", { name: "Filter the inbox" });
  await filters.getByLabel("Provider").selectOption("stripe");
  await filters.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/provider=stripe/);
  await expect(inbox).not.toContainText("orders/create");
  await expect(inbox).toContainText("payment_intent.succeeded");

  await openInboxEntry(page, "provider=shopify&topic=orders/create");
  const detail = page.getByTestId("inbox-entry-detail");
  await expect(detail).toContainText("x-shopify-topic");
  await expect(detail).not.toContainText(/x-shopify-hmac|stripe-signature/i);
  await expect(page.getByTestId("inbox-entry-body")).toContainText('"line_items": [');
  await page.screenshot({ path: testInfo.outputPath("activity-entry.png"), fullPage: true });

  await page.getByRole("navigation", { name: "Activity views" }).getByRole("link", { name: "Engine runs" }).click();
  await expect(page.getByRole("table", { name: "Engine runs" })).toContainText("poll-lightspeed");
  await page.getByRole("navigation", { name: "Activity views" }).getByRole("link", { name: "Audit log" }).click();
  await expect(page.getByRole("table", { name: "Audit log" })).toContainText("store.default_buffer.update");

  const hostile = await page.goto("/activity?view=%3Cscript%3E&status=nope&topic=%27%20or%201%3D1&event=-1&page=abc");
  expect(hostile?.status()).toBe(200);
  await expect(page.getByRole("table", { name: "Webhook inbox" })).toBeVisible();
});

test("the owner replays the failed inbox event and watches it run again to completion", async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  await signIn(page, demoOwner);
  const detail = page.getByTestId("inbox-entry-detail");
  const attempts = detail.locator('dt:text-is("Attempts") + dd');
  // The demo has one failed event, an order given up on while Lightspeed was down: the first project to run
  // replays it, later ones follow the same entry through the audit log.
  await page.goto("/activity?status=failed");
  const failed = page.getByRole("table", { name: "Webhook inbox" }).getByRole("link", { name: /^Details of / });
  if ((await failed.count()) > 0) {
    await failed.first().click();
    await expect(detail).toContainText("Failed");
    await expect(detail).toContainText("orders/create");
    await expect(detail).toContainText("503 Service Unavailable");
    await expect(attempts).toHaveText("5");
    const replay = page.getByRole("form", { name: "Replay this event" });
    await replay.getByLabel(/Why replay it/).fill(`Lightspeed is back (${testInfo.project.name})`);
    await replay.getByRole("button", { name: "Replay event" }).click();
    // The answer stays in view while the page refreshes to show the entry queued.
    await expect(page.getByRole("region", { name: "Replay" }).getByRole("status")).toContainText("Queued for replay");
    await expect(replay).toHaveCount(0);
  }

  await page.goto("/activity?view=audit");
  const replayAudit = page.getByRole("table", { name: "Audit log" }).getByTestId("audit-row").filter({ hasText: "inbox.replay" }).first();
  await expect(replayAudit).toContainText('"status":"failed"');
  await expect(replayAudit).toContainText("Lightspeed is back");
  const inboxId = (await replayAudit.textContent())?.match(/webhook_inbox (\d+)/)?.[1];
  expect(inboxId, "the replay's audit row names the inbox entry").toBeDefined();

  // The engine runs the order handler again: the sale is posted to the simulated Lightspeed and the entry finishes.
  await expect(async () => {
    await page.goto(`/activity?event=${inboxId ?? ""}`);
    await expect(detail).toContainText("Processed", { timeout: 1_000 });
  }).toPass({ timeout: 150_000, intervals: [3_000] });
  expect(Number(await attempts.textContent())).toBeGreaterThan(5);
  await expect(detail.locator('dt:text-is("Finished") + dd')).not.toHaveText("not yet");
  await expect(page.getByRole("form", { name: "Replay this event" })).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath("activity-replayed.png"), fullPage: true });
});

test("staff get 403 on Activity, and their replay is refused on the server", async ({ browser }) => {
  // Record the exact server-action request the owner's replay form sends, without letting it through…
  const ownerContext = await browser.newContext();
  const ownerPage = await ownerContext.newPage();
  await signIn(ownerPage, demoOwner);
  await openInboxEntry(ownerPage, "status=ignored");
  let recorded: Request | undefined;
  await ownerPage.route("**/activity**", async (route) => {
    if (route.request().method() === "POST" && route.request().headers()["next-action"]) {
      recorded = route.request();
      await route.abort();
      return;
    }
    await route.continue();
  });
  const replay = ownerPage.getByRole("form", { name: "Replay this event" });
  await replay.getByLabel(/Why replay it/).fill("smuggled");
  await replay.getByRole("button", { name: "Replay event" }).click();
  await expect.poll(() => recorded !== undefined).toBe(true);
  if (!recorded) return;

  // …and send it with a staff session.
  const staffContext = await browser.newContext();
  const staffPage = await staffContext.newPage();
  await signIn(staffPage, demoStaff);
  const refused = await staffPage.goto("/activity");
  expect(refused?.status()).toBe(403);
  await expect(staffPage.getByRole("heading", { name: "Owner only" })).toBeVisible();
  const headers = recorded.headers();
  const response = await staffPage.request.post(recorded.url(), {
    headers: { "next-action": headers["next-action"] ?? "", "content-type": headers["content-type"] ?? "", accept: "text/x-component" },
    data: recorded.postData() ?? "",
  });
  expect(await response.text()).toContain("Only the owner may do this.");

  // Nothing changed: the entry is still ignored and can still be replayed by the owner.
  await ownerPage.unroute("**/activity**");
  await ownerPage.reload();
  await expect(ownerPage.getByTestId("inbox-entry-detail")).toContainText("Ignored");
  await expect(ownerPage.getByRole("form", { name: "Replay this event" })).toBeVisible();
  await ownerContext.close();
  await staffContext.close();
});
