import { expect, test } from "@playwright/test";

const portalPages = ["/", "/dashboard", "/customers", "/inventory", "/reconcile", "/activity", "/settings", "/settings/staff"];

test("a signed-out visitor reaches nothing but sign-in", async ({ page }) => {
  for (const path of portalPages) {
    await page.goto(path);
    await expect(page, `${path} should send a visitor to sign-in`).toHaveURL(/\/sign-in$/);
    await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
  }
  await expect(page.getByRole("status")).toContainText("Demo data");
});

test("the health route answers without a session and says nothing else", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok" });
});
