import { expect, test, type Locator, type Page, type Request } from "@playwright/test";
import { demoOwner, demoStaff, signIn } from "./sign-in";

/** Types `query` into a search box and waits until the results for exactly that query are shown. */
async function search(page: Page, box: Locator, status: Locator, query: string): Promise<void> {
  await box.fill(query);
  await expect(status).toHaveAttribute("data-query", query.replace(/\s+/g, " ").trim());
  await expect(status).toHaveAttribute("data-status", "done");
}

function customerSearch(page: Page) {
  return { box: page.getByRole("searchbox", { name: "Search customers" }), status: page.getByTestId("search-status") };
}

/** The same number as the portal shows it, typed differently: `(212) 555-0143` → `+1 212.555.0143`. */
function retype(phone: string): string {
  const digits = phone.replace(/\D/g, "").replace(/^1(?=\d{10}$)/, "");
  return `+1 ${digits.slice(0, 3)}.${digits.slice(3, 6)}.${digits.slice(6)}`;
}

async function customerIdOf(result: Locator): Promise<number> {
  return Number(await result.getAttribute("data-customer-id"));
}

test("staff find a customer by a differently typed phone and see every channel they bought in (tablet and desktop)", async ({ page }, testInfo) => {
  await signIn(page, demoStaff);
  await expect(page).toHaveURL(/\/customers$/);
  const { box, status } = customerSearch(page);
  await expect(box).toBeVisible();
  expect((await box.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(44);

  // Find, through the search itself, a demo customer with a phone who bought in at least two kinds of channel.
  let chosen: { id: number; name: string; phone: string } | undefined;
  for (const digits of ["555", "212", "718", "917", "646", "347", "201", "973", "914", "516", "631", "203", "617"]) {
    await search(page, box, status, digits);
    for (const result of await page.getByTestId("customer-result").all()) {
      const kinds = new Set(await result.getByTestId("channel-badge").evaluateAll((badges) => badges.map((badge) => badge.getAttribute("data-channel"))));
      const phone = result.getByTestId("result-phone");
      if (kinds.size < 2 || (await phone.count()) === 0) continue;
      chosen = { id: await customerIdOf(result), name: (await result.locator("p").first().textContent()) ?? "", phone: (await phone.textContent()) ?? "" };
      break;
    }
    if (chosen) break;
  }
  expect(chosen, "a demo customer who bought in several channels").toBeDefined();
  if (!chosen) return;

  const typed = retype(chosen.phone);
  expect(typed).not.toBe(chosen.phone);
  await search(page, box, status, typed);
  const found = page.locator(`[data-testid="customer-result"][data-customer-id="${chosen.id}"]`);
  await expect(found).toContainText(chosen.name);
  await expect(found).toContainText(chosen.phone);
  await expect(found).toContainText("Lifetime value");
  expect((await found.getByRole("link").boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(44);
  await page.screenshot({ path: testInfo.outputPath("customer-search.png"), fullPage: true });

  await found.getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`/customers/${chosen.id}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(chosen.name);
  const timeline = page.getByRole("list", { name: "Orders and refunds" });
  await expect(timeline.getByTestId("timeline-order").first()).toBeVisible();
  const channels = new Set(await timeline.getByTestId("timeline-order").evaluateAll((entries) => entries.map((entry) => entry.getAttribute("data-channel"))));
  expect(channels.size).toBeGreaterThanOrEqual(2);
  await expect(page.getByText("Lifetime value")).toBeVisible();
  await expect(page.getByRole("list", { name: "Identities" }).getByTestId("customer-identity").first()).toBeVisible();
  // Staff see no merge controls.
  await expect(page.getByRole("heading", { name: "Merge another customer into this one" })).toHaveCount(0);
  await expect(page.getByText("Undo this merge")).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath("customer-360.png"), fullPage: true });

  // Back to the search: the results are still there.
  await page.goBack();
  await expect(page.locator(`[data-testid="customer-result"][data-customer-id="${chosen.id}"]`)).toBeVisible();

  for (const hostile of ["abc", "0", "-1", "1e3", "99999999999", "%27%20or%201=1"]) {
    const response = await page.goto(`/customers/${hostile}`);
    expect(response?.status(), `/customers/${hostile}`).toBe(404);
  }
});

test("the search says when nothing matches, and when it cannot answer lets staff try again", async ({ page }, testInfo) => {
  expect((await page.request.get("/api/customers/search?q=reyes")).status(), "the search route without a session").toBe(401);
  await signIn(page, demoStaff);
  expect((await page.request.get(`/api/customers/search?q=${"a".repeat(101)}`)).status(), "an overlong query").toBe(400);
  const { box, status } = customerSearch(page);
  await search(page, box, status, "zzqx nobody");
  await expect(page.getByText("No customer matches “zzqx nobody”")).toBeVisible();

  await page.route("**/api/customers/search**", (route) => route.abort("connectionfailed"));
  await box.fill("Reyes");
  await expect(status).toHaveAttribute("data-status", "error");
  await expect(page.getByRole("alert").filter({ hasText: "did not answer" })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("customer-search-error.png"), fullPage: true });
  await page.unroute("**/api/customers/search**");
  await page.getByRole("button", { name: "Try again" }).click();
  await expect(status).toHaveAttribute("data-status", "done");
  await expect(page.getByTestId("customer-result").first()).toContainText("Reyes");
});

test("the owner merges two customers and undoes it; staff replaying either action are refused", async ({ browser }, testInfo) => {
  const reason = `Same person, two accounts (${testInfo.project.name})`;
  const ownerContext = await browser.newContext();
  const page = await ownerContext.newPage();
  await signIn(page, demoOwner);
  await page.goto("/customers");
  const { box, status } = customerSearch(page);
  await search(page, box, status, "Reyes");
  const first = page.getByTestId("customer-result").first();
  const survivorId = await customerIdOf(first);
  await first.getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`/customers/${survivorId}$`));
  const survivorName = (await page.getByRole("heading", { level: 1 }).textContent()) ?? "";
  const identities = page.getByRole("list", { name: "Identities" }).getByTestId("customer-identity");
  const identitiesBefore = await identities.count();

  let recorded: Request | undefined;
  page.on("request", (request) => {
    if (request.method() === "POST" && request.headers()["next-action"]) recorded = request;
  });

  // Merge another Reyes into this one.
  const mergeCard = page.getByRole("region", { name: "Merge another customer into this one" });
  const mergeBox = mergeCard.getByRole("searchbox", { name: "Find the other customer" });
  await search(page, mergeBox, mergeCard.getByTestId("merge-search-status"), "Reyes");
  const candidate = mergeCard.getByTestId("customer-result").first();
  const mergedId = await customerIdOf(candidate);
  expect(mergedId).not.toBe(survivorId);
  await candidate.getByRole("button").click();
  const form = mergeCard.getByRole("form", { name: "Merge customers" });
  await form.getByLabel("Why are they the same person?").fill(reason);
  await form.getByRole("button", { name: `Merge into ${survivorName}` }).click();
  await expect(mergeCard.getByRole("status")).toContainText("Merged:");
  const mergeRequest = recorded;
  const merge = page.getByTestId("customer-merge").filter({ hasText: reason });
  await expect(merge).toContainText(`merged by ${demoOwner.name}`);
  await expect(merge).toHaveAttribute("data-undone", "false");
  const identitiesMerged = await identities.count();
  expect(identitiesMerged).toBeGreaterThan(identitiesBefore);
  await page.screenshot({ path: testInfo.outputPath("customer-merged.png"), fullPage: true });

  // The merged-away customer's page leads to the survivor.
  await page.goto(`/customers/${mergedId}`);
  await expect(page).toHaveURL(new RegExp(`/customers/${survivorId}$`));

  // Undo it, with a reason: everything goes back.
  recorded = undefined;
  const undoing = page.getByTestId("customer-merge").filter({ hasText: reason });
  await undoing.getByText("Undo this merge").click();
  await undoing.getByLabel("Why undo it?").fill("Different people after all");
  await undoing.getByRole("button", { name: "Undo merge" }).click();
  await expect(undoing.getByRole("status")).toContainText("Merge undone");
  await expect(undoing).toHaveAttribute("data-undone", "true");
  await expect(undoing).toContainText(`undone by ${demoOwner.name}`);
  await expect(identities).toHaveCount(identitiesBefore);
  const undoRequest = recorded;
  await page.screenshot({ path: testInfo.outputPath("customer-merge-undone.png"), fullPage: true });
  await page.goto(`/customers/${mergedId}`);
  await expect(page).toHaveURL(new RegExp(`/customers/${mergedId}$`));

  // Staff replaying the owner's exact requests are refused, and nothing changes.
  expect(mergeRequest, "the merge form posts a server action").toBeDefined();
  expect(undoRequest, "the undo form posts a server action").toBeDefined();
  const staffContext = await browser.newContext();
  const staffPage = await staffContext.newPage();
  await signIn(staffPage, demoStaff);
  for (const request of [mergeRequest, undoRequest]) {
    if (!request) continue;
    const headers = request.headers();
    const response = await staffPage.request.post(request.url(), {
      headers: { "next-action": headers["next-action"] ?? "", "content-type": headers["content-type"] ?? "", accept: "text/x-component" },
      data: request.postData() ?? "",
    });
    expect(await response.text()).toContain("Only the owner may do this.");
  }
  await staffPage.goto(`/customers/${mergedId}`);
  await expect(staffPage).toHaveURL(new RegExp(`/customers/${mergedId}$`));
  await staffPage.goto(`/customers/${survivorId}`);
  await expect(staffPage.getByRole("list", { name: "Identities" }).getByTestId("customer-identity")).toHaveCount(identitiesBefore);
  await expect(staffPage.getByRole("heading", { name: "Merge another customer into this one" })).toHaveCount(0);
  await expect(staffPage.getByText("Undo this merge")).toHaveCount(0);
  await staffPage.screenshot({ path: testInfo.outputPath("customer-staff-view.png"), fullPage: true });
  await ownerContext.close();
  await staffContext.close();
});
