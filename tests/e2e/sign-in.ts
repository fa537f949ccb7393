import { expect, type Page } from "@playwright/test";

export const demoOwner = { email: "owner@example.com", password: "tillbridge-owner", name: "Olivia Owner" };
export const demoStaff = { email: "staff@example.com", password: "tillbridge-staff", name: "Sam Staff" };

export async function signIn(page: Page, account: { email: string; password: string }): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  // The first sign-in after start-up shares the embedded database with the engine's start-up work (the inbox sweep
  // posting the demo's pending orders, the first polls), so it may take longer than a click usually does.
  await expect(page.getByTestId("signed-in-user")).toBeVisible({ timeout: 20_000 });
}
