import { describe, expect, it } from "vitest";
import { can, permissions, type Permission } from "@/lib/auth/permissions";

describe("the permission table", () => {
  it("lets the owner do everything", () => {
    for (const permission of Object.keys(permissions) as Permission[]) expect(can("owner", permission)).toBe(true);
  });

  it("lets staff search customers and look up stock, and nothing that changes stock, money or settings", () => {
    const allowed = (Object.keys(permissions) as Permission[]).filter((permission) => can("staff", permission));
    expect(allowed.sort()).toEqual(["customers:view", "inventory:view"]);
  });
});
