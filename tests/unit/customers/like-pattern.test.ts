import { describe, expect, it } from "vitest";
import { containsPattern, escapeLike, prefixPattern } from "@/lib/customers/like-pattern";

describe("LIKE patterns", () => {
  it("escape the wildcards and the escape character", () => {
    expect(escapeLike("50%_off\\")).toBe("50\\%\\_off\\\\");
  });

  it("find text anywhere or at the start", () => {
    expect(containsPattern("ann")).toBe("%ann%");
    expect(prefixPattern("a_b")).toBe("a\\_b%");
  });
});
