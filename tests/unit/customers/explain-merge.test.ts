import { describe, expect, it } from "vitest";
import { explainIdentityMatch } from "@/lib/customers/explain-identity-match";
import { explainMerge } from "@/lib/customers/explain-merge";

describe("explainMerge", () => {
  it("says which email or phone matched, automatically", () => {
    expect(explainMerge({ matchedOn: { email: "ann@example.com" }, mergedByName: null })).toEqual(["same email ann@example.com", "matched automatically"]);
    expect(explainMerge({ matchedOn: { phone: "+12125550143" }, mergedByName: null })).toEqual(["same phone +1 212 555 0143", "matched automatically"]);
  });

  it("says who merged by hand, and why", () => {
    expect(explainMerge({ matchedOn: { manual: true }, mergedByName: "Olivia Owner" })).toEqual(["merged by Olivia Owner"]);
    expect(explainMerge({ matchedOn: { manual: true, reason: " Same person ", email: "a@b.co" }, mergedByName: "Olivia Owner" })).toEqual([
      "same email a@b.co",
      "merged by Olivia Owner",
      "“Same person”",
    ]);
    expect(explainMerge({ matchedOn: { manual: true }, mergedByName: null })).toEqual(["merged by hand"]);
  });

  it("keeps unknown keys readable and a malformed phone as stored", () => {
    expect(explainMerge({ matchedOn: { loyaltyCard: "LC-12", phone: "12" }, mergedByName: null })).toEqual([
      "same loyaltyCard LC-12",
      "same phone 12",
      "matched automatically",
    ]);
  });
});

describe("explainIdentityMatch", () => {
  it("names the email and phone an identity shares with its customer", () => {
    const customer = { email: "ann@example.com", phone: "+12125550143" };
    expect(explainIdentityMatch({ email: "ann@example.com", phone: "+12125550143" }, customer)).toEqual(["same email ann@example.com", "same phone +1 212 555 0143"]);
    expect(explainIdentityMatch({ email: null, phone: "+12125550143" }, customer)).toEqual(["same phone +1 212 555 0143"]);
    expect(explainIdentityMatch({ email: "other@example.com", phone: null }, customer)).toEqual(["created with this customer"]);
    expect(explainIdentityMatch({ email: null, phone: null }, { email: null, phone: null })).toEqual(["created with this customer"]);
  });
});
