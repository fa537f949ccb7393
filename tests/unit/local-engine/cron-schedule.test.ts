import { describe, expect, it } from "vitest";
import { CronError, parseCron } from "@/inngest/local/cron-schedule";

const at = (iso: string) => new Date(iso);
const next = (cron: string, after: string) => parseCron(cron).nextAfter(at(after))?.toISOString();

describe("cron schedules", () => {
  it("finds the next minute, hour and day in UTC", () => {
    expect(next("* * * * *", "2026-03-01T10:15:30.000Z")).toBe("2026-03-01T10:16:00.000Z");
    expect(next("* * * * *", "2026-03-01T10:15:00.000Z")).toBe("2026-03-01T10:16:00.000Z");
    expect(next("*/15 * * * *", "2026-03-01T10:15:00.000Z")).toBe("2026-03-01T10:30:00.000Z");
    expect(next("0 3 * * *", "2026-03-01T10:15:00.000Z")).toBe("2026-03-02T03:00:00.000Z");
    expect(next("@hourly", "2026-03-01T23:59:00.000Z")).toBe("2026-03-02T00:00:00.000Z");
  });

  it("reads lists, ranges, steps and names", () => {
    expect(next("0 9 * * MON-FRI", "2026-03-06T09:00:00.000Z")).toBe("2026-03-09T09:00:00.000Z");
    expect(next("30 8,17 * * *", "2026-03-01T09:00:00.000Z")).toBe("2026-03-01T17:30:00.000Z");
    expect(next("0 0 1 JAN,JUL *", "2026-03-01T00:00:00.000Z")).toBe("2026-07-01T00:00:00.000Z");
    expect(next("0 12 * * 7", "2026-03-01T12:00:00.000Z")).toBe("2026-03-08T12:00:00.000Z");
  });

  it("matches either day field when both are restricted", () => {
    expect(next("0 0 13 * FRI", "2026-03-01T00:00:00.000Z")).toBe("2026-03-06T00:00:00.000Z");
    expect(next("0 0 31 2 *", "2026-01-01T00:00:00.000Z")).toBeUndefined();
  });

  it("honours a TZ= prefix across daylight saving changes", () => {
    expect(next("TZ=America/New_York 0 9 * * *", "2026-03-07T15:00:00.000Z")).toBe("2026-03-08T13:00:00.000Z");
    expect(next("TZ=America/New_York 0 9 * * *", "2026-03-06T15:00:00.000Z")).toBe("2026-03-07T14:00:00.000Z");
    expect(next("TZ=Europe/London 30 1 * * *", "2026-03-29T00:00:00.000Z")).toBe("2026-03-30T00:30:00.000Z");
  });

  it("refuses what it cannot read", () => {
    expect(() => parseCron("* * * *")).toThrow(CronError);
    expect(() => parseCron("61 * * * *")).toThrow(CronError);
    expect(() => parseCron("TZ=Nowhere/Special * * * * *")).toThrow(CronError);
  });
});
