import { expect, test, type Request } from "@playwright/test";
import { demoOwner, demoStaff, signIn } from "./sign-in";

const bufferUnits: Record<string, number> = { desktop: 3, "tablet-portrait": 4, "tablet-landscape": 5 };

test("the owner sees connections and settings, changes a buffer and finds it in the audit log", async ({ page }, testInfo) => {
  const units = bufferUnits[testInfo.project.name] ?? 6;
  await signIn(page, demoOwner);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Settings" }).click();
  await expect(page.getByRole("link", { name: /Staff accounts/ })).toBeVisible();
  const connections = page.getByRole("table", { name: "Connections" });
  await expect(connections).toContainText("Lightspeed Retail");
  await expect(connections).toContainText("tillbridge-main.myshopify.com");
  await expect(connections).toContainText("Healthy");
  await expect(page.getByLabel("Lightspeed poll interval (seconds)")).toHaveValue("5");
  await expect(page.getByRole("radio", { name: /Lightspeed wins/ })).toBeChecked();
  await expect(page.getByTestId("store-settings-tillbridge-outlet.myshopify.com").getByLabel("Default safety buffer (units)")).toHaveValue("2");

  const form = page.getByRole("form", { name: "Set a SKU's safety buffer" });
  await form.getByLabel("Store").selectOption({ label: "Tillbridge Coffee & Kitchen" });
  await form.getByLabel("SKU").fill("NO-SUCH-SKU");
  await form.getByLabel("Buffer (units)").fill(String(units));
  await form.getByRole("button", { name: "Save buffer" }).click();
  await expect(form.getByRole("alert").first()).toContainText("No item has that SKU");

  await form.getByLabel("SKU").fill("ESP-MCH-SGL");
  await form.getByLabel(/Why\?/).fill(`Two on display (${testInfo.project.name})`);
  await form.getByRole("button", { name: "Save buffer" }).click();
  await expect(form.getByRole("status")).toContainText(`Buffer for ESP-MCH-SGL set to ${units}.`);
  await expect(page.getByRole("table", { name: "Per-SKU safety buffers" }).getByRole("row").filter({ hasText: "ESP-MCH-SGL" })).toContainText(String(units));
  await page.screenshot({ path: testInfo.outputPath("settings.png"), fullPage: true });

  await page.getByRole("link", { name: /Audit log/ }).click();
  const latest = page.getByRole("table", { name: "Audit log" }).getByTestId("audit-row").first();
  await expect(latest).toContainText("safety_buffer.set");
  await expect(latest).toContainText('"sku":"ESP-MCH-SGL"');
  await expect(latest).toContainText(`"units":${units}`);
  await expect(latest).toContainText(`Two on display (${testInfo.project.name})`);
  await expect(latest).toContainText(demoOwner.name);
  await page.screenshot({ path: testInfo.outputPath("settings-audit.png"), fullPage: true });
});

test("settings refuse values out of bounds", async ({ page }) => {
  await signIn(page, demoOwner);
  await page.goto("/settings");
  const form = page.getByRole("form", { name: "Shop-wide settings" });
  // Bypass the browser's own min/max check: the server validates too.
  await form.getByLabel("Lightspeed poll interval (seconds)").evaluate((input) => input.removeAttribute("min"));
  await form.getByLabel("Lightspeed poll interval (seconds)").fill("1");
  await form.getByRole("button", { name: "Save settings" }).click();
  await expect(form.getByRole("alert").first()).toContainText("Please correct the highlighted fields.");
  await expect(form).toContainText("At least 2");
  await page.reload();
  await expect(page.getByLabel("Lightspeed poll interval (seconds)")).toHaveValue("5");
});

test("staff get 403 on Settings, and their settings actions are refused on the server", async ({ browser }) => {
  const ownerContext = await browser.newContext();
  const ownerPage = await ownerContext.newPage();
  await signIn(ownerPage, demoOwner);
  await ownerPage.goto("/settings");
  let recorded: Request | undefined;
  await ownerPage.route("**/settings**", async (route) => {
    if (route.request().method() === "POST" && route.request().headers()["next-action"]) {
      recorded = route.request();
      await route.abort();
      return;
    }
    await route.continue();
  });
  const form = ownerPage.getByRole("form", { name: "Set a SKU's safety buffer" });
  await form.getByLabel("SKU").fill("ESP-MCH-DUAL");
  await form.getByLabel("Buffer (units)").fill("7");
  await form.getByRole("button", { name: "Save buffer" }).click();
  await expect.poll(() => recorded !== undefined).toBe(true);
  if (!recorded) return;

  const staffContext = await browser.newContext();
  const staffPage = await staffContext.newPage();
  await signIn(staffPage, demoStaff);
  for (const path of ["/settings", "/activity"]) {
    const refused = await staffPage.goto(path);
    expect(refused?.status(), `${path} for staff`).toBe(403);
  }
  const headers = recorded.headers();
  const response = await staffPage.request.post(recorded.url(), {
    headers: { "next-action": headers["next-action"] ?? "", "content-type": headers["content-type"] ?? "", accept: "text/x-component" },
    data: recorded.postData() ?? "",
  });
  expect(await response.text()).toContain("Only the owner may do this.");

  await ownerPage.unroute("**/settings**");
  await ownerPage.reload();
  const row = ownerPage.getByRole("table", { name: "Per-SKU safety buffers" }).getByRole("row").filter({ hasText: "ESP-MCH-DUAL" });
  await expect(row.getByRole("cell").nth(3)).toHaveText("1");
  await ownerContext.close();
  await staffContext.close();
});
