import { expect, test } from "@playwright/test";
import { demoStaff, signIn } from "./sign-in";

test("a wrong password is refused with a plain message", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(demoStaff.email);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("do not match an active account")).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in$/);
  await signIn(page, demoStaff);
});

test("repeated failures lock the account, even against the right password", async ({ page }, testInfo) => {
  // A fresh account per project, so the lock-out here does not touch the other tests.
  const email = `locked-${testInfo.project.name}@example.com`;
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(`wrong-${attempt}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("do not match an active account")).toBeVisible();
  }
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("whatever-it-is");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Too many failed sign-ins")).toBeVisible();
});
