import { describe, expect, it } from "vitest";
import { recordIdSchema } from "@/lib/db/record-id";

describe("recordIdSchema", () => {
  it.each(["1", "42", " 7 ", "2147483647"])("reads %j", (raw) => {
    expect(recordIdSchema.safeParse(raw).success).toBe(true);
  });

  it.each(["", "0", "-1", "1.5", "1e3", "0x10", "abc", "12abc", "2147483648", "99999999999", "1;drop table customers", "%00", "../1"])(
    "refuses %j",
    (raw) => {
      expect(recordIdSchema.safeParse(raw).success).toBe(false);
    },
  );
});
