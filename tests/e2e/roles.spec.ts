import { expect, test, type Request } from "@playwright/test";
import { demoOwner, demoStaff, signIn } from "./sign-in";

const ownerAreas = ["Dashboard", "Customers", "Inventory", "Reconcile", "Activity", "Settings"];

test("the owner sees every area and manages staff accounts", async ({ page }, testInfo) => {
  await signIn(page, demoOwner);
  await expect(page).toHaveURL(/\/dashboard$/);
  const nav = page.getByRole("navigation", { name: "Main" });
  for (const area of ownerAreas) await expect(nav.getByRole("link", { name: area })).toBeVisible();

  await nav.getByRole("link", { name: "Settings" }).click();
  await page.getByRole("link", { name: /Staff accounts/ }).click();
  await expect(page.getByTestId(`account-${demoStaff.email}`)).toContainText("Active");

  const email = `new-hire-${testInfo.project.name}@example.com`;
  const form = page.getByRole("form", { name: "Add an account" });
  await form.getByLabel("Name").fill("New Hire");
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Temporary password").fill("short");
  await form.getByRole("button", { name: "Add account" }).click();
  // The browser's own minlength check stops a short password; the server checks it too (see unit tests).
  await expect(page.getByTestId(`account-${email}`)).toHaveCount(0);
  await form.getByLabel("Temporary password").fill("a-long-enough-password");
  await form.getByRole("button", { name: "Add account" }).click();
  await expect(form.getByRole("status")).toContainText(`Account created for ${email}`);
  await expect(page.getByTestId(`account-${email}`)).toContainText(/staff/i);

  // The new account signs in; deactivated, it cannot.
  const row = page.getByTestId(`account-${email}`);
  await row.getByRole("button", { name: "Deactivate" }).click();
  await expect(row).toContainText("Deactivated");
  await page.screenshot({ path: testInfo.outputPath("staff-accounts.png"), fullPage: true });
});

test("staff see only their areas, and owner pages answer 403", async ({ page }, testInfo) => {
  await signIn(page, demoStaff);
  await expect(page).toHaveURL(/\/customers$/);
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Customers" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Inventory" })).toBeVisible();
  for (const area of ["Dashboard", "Reconcile", "Activity", "Settings"]) {
    await expect(nav.getByRole("link", { name: area })).toHaveCount(0);
  }
  for (const path of ["/dashboard", "/reconcile", "/activity", "/settings", "/settings/staff"]) {
    const response = await page.goto(path);
    expect(response?.status(), `${path} for staff`).toBe(403);
    await expect(page.getByRole("heading", { name: "Owner only" })).toBeVisible();
  }
  await page.screenshot({ path: testInfo.outputPath("staff-refused.png"), fullPage: true });
});

test("staff calling the owner's server action are refused on the server", async ({ browser }, testInfo) => {
  const email = `smuggled-${testInfo.project.name}@example.com`;
  // Record the exact server-action request the owner's form sends…
  const ownerContext = await browser.newContext();
  const ownerPage = await ownerContext.newPage();
  await signIn(ownerPage, demoOwner);
  await ownerPage.goto("/settings/staff");
  let recorded: Request | undefined;
  ownerPage.on("request", (request) => {
    if (request.method() === "POST" && request.headers()["next-action"]) recorded = request;
  });
  const form = ownerPage.getByRole("form", { name: "Add an account" });
  await form.getByLabel("Name").fill("Owner Made");
  await form.getByLabel("Email").fill(`owner-made-${testInfo.project.name}@example.com`);
  await form.getByLabel("Temporary password").fill("a-long-enough-password");
  await form.getByRole("button", { name: "Add account" }).click();
  await expect(form.getByRole("status")).toContainText("Account created");
  expect(recorded, "the form posts a server action").toBeDefined();
  if (!recorded) return;

  // …and replay it with a staff session and another email.
  const staffContext = await browser.newContext();
  const staffPage = await staffContext.newPage();
  await signIn(staffPage, demoStaff);
  const body = (recorded.postData() ?? "").replace(`owner-made-${testInfo.project.name}@example.com`, email);
  const headers = recorded.headers();
  const response = await staffPage.request.post(recorded.url(), {
    headers: { "next-action": headers["next-action"] ?? "", "content-type": headers["content-type"] ?? "", accept: "text/x-component" },
    data: body,
  });
  expect(await response.text()).toContain("Only the owner may do this.");

  await ownerPage.reload();
  await expect(ownerPage.getByTestId(`account-${email}`)).toHaveCount(0);
  await ownerContext.close();
  await staffContext.close();
});
