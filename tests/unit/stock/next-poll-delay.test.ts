import { describe, expect, it } from "vitest";
import { nextPollDelaySeconds } from "@/lib/stock/next-poll-delay";

const budget = (level: number, dripRate = 1, known = true) => ({ level, size: 90, dripRate, burstLimit: 20, known });

describe("nextPollDelaySeconds", () => {
  it("polls as often as the drip pays for while the bucket is mostly empty", () => {
    expect(nextPollDelaySeconds(budget(0), 5)).toBe(2);
    expect(nextPollDelaySeconds(budget(44), 5)).toBe(2);
    expect(nextPollDelaySeconds(budget(0, 20), 5)).toBe(1);
  });

  it("falls back to the configured interval when writes use the budget or the bucket is unknown", () => {
    expect(nextPollDelaySeconds(budget(45), 5)).toBe(5);
    expect(nextPollDelaySeconds(budget(0, 1, false), 5)).toBe(5);
    expect(nextPollDelaySeconds(null, 7)).toBe(7);
  });

  it("never waits longer than the configured interval", () => {
    expect(nextPollDelaySeconds(budget(0, 0.5), 3)).toBe(3);
  });
});
