import { expect, type Page } from "@playwright/test";

export const demoOwner = { email: "owner@example.com", password: "tillbridge-owner", name: "Olivia Owner" };
export const demoStaff = { email: "staff@example.com", password: "tillbridge-staff", name: "Sam Staff" };

export async function signIn(page: Page, account: { email: string; password: string }): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("signed-in-user")).toBeVisible();
}
