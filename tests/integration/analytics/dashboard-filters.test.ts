import { describe, expect, it } from "vitest";
import { dashboardQuery, parseDashboardFilters, searchParamsRecord, type DashboardFilters } from "@/lib/analytics/dashboard-filters";
import { orderListHref, parseOrderListFilters } from "@/lib/analytics/order-list-filters";
import { bucketUnitFor, listBuckets } from "@/lib/analytics/sales-buckets";
import { localDateOf } from "@/lib/analytics/shop-calendar";

const context = { today: "2026-03-20", channelKeys: ["in_store", "shopify-1", "shopify-2", "stripe"] };
const defaults: DashboardFilters = { range: { from: "2026-02-19", to: "2026-03-20" }, channels: null, windowDays: 30, category: null };

describe("dashboard filters", () => {
  it("defaults to the last 30 of the shop's days, every channel and a 30-day window", () => {
    expect(parseDashboardFilters({}, context)).toEqual(defaults);
    expect(localDateOf(new Date("2026-03-20T03:59:00Z"), "America/New_York")).toBe("2026-03-19");
    expect(localDateOf(new Date("2026-03-20T04:00:00Z"), "America/New_York")).toBe("2026-03-20");
  });

  it("reads a range, channels, a window and a category", () => {
    expect(parseDashboardFilters({ from: "2026-01-01", to: "2026-01-31", channel: ["shopify-2", "stripe"], window: "90", category: "Coffee" }, context)).toEqual({
      range: { from: "2026-01-01", to: "2026-01-31" },
      channels: ["shopify-2", "stripe"],
      windowDays: 90,
      category: "Coffee",
    });
    expect(parseDashboardFilters({ channel: "in_store,shopify-1" }, context).channels).toEqual(["in_store", "shopify-1"]);
    expect(parseDashboardFilters({ channel: context.channelKeys }, context).channels).toBeNull();
  });

  it.each([
    ["nonsense dates", { from: "yesterday", to: "2026-13-45" }],
    ["an impossible day", { from: "2026-02-30" }],
    ["arrays where one value is expected", { from: ["2026-01-01", "2026-01-02"], window: ["30", "60"] }],
    ["unknown channels and injection", { channel: ["shopify-99", "'; drop table orders; --", "shopify-0", "x".repeat(5000)] }],
    ["a window that is not offered", { window: "7" }],
    ["a huge category", { category: "c".repeat(500) }],
    ["an end before the start", { from: "2026-03-10", to: "2026-03-01" }],
    ["a range in the future", { from: "2027-01-01", to: "2027-02-01" }],
    ["far too many channels", { channel: Array.from({ length: 100 }, () => "stripe") }],
    ["not an object at all", "from=2026-01-01"],
    ["null", null],
  ])("falls back to the defaults for %s", (_label, params) => {
    const filters = parseDashboardFilters(params, context);
    expect(filters.channels).toBeNull();
    expect(filters.windowDays).toBe(30);
    expect(filters.category).toBeNull();
    expect(filters.range.to <= context.today).toBe(true);
    expect(filters.range.from <= filters.range.to).toBe(true);
  });

  it("reads search params handed over as a proxy or a prototype-less object (as Next.js may)", () => {
    const expected = { range: { from: "2026-03-01", to: "2026-03-10" }, channels: ["stripe"], windowDays: 30, category: null };
    const bare = Object.assign(Object.create(null) as Record<string, string>, { from: "2026-03-01", to: "2026-03-10", channel: "stripe" });
    expect(parseDashboardFilters(bare, context)).toEqual(expected);
    const proxied = new Proxy({ from: "2026-03-01", to: "2026-03-10", channel: "stripe" }, { get: (target, key) => (key === "constructor" ? undefined : Reflect.get(target, key)) });
    expect(parseDashboardFilters(proxied, context)).toEqual(expected);
    expect(parseOrderListFilters(proxied, context).channels).toEqual(["stripe"]);
  });

  it("clamps the end to today and the span to two years", () => {
    expect(parseDashboardFilters({ from: "2026-03-01", to: "2030-01-01" }, context).range).toEqual({ from: "2026-03-01", to: "2026-03-20" });
    expect(parseDashboardFilters({ from: "2020-01-01", to: "2026-03-20" }, context).range).toEqual({ from: "2024-03-20", to: "2026-03-20" });
    expect(parseDashboardFilters({ from: "2026-03-10", to: "2026-03-01" }, context).range).toEqual({ from: "2026-01-31", to: "2026-03-01" });
  });

  it("writes filters back into a query string that reads the same", () => {
    const filters = { range: { from: "2026-01-01", to: "2026-01-31" }, channels: ["stripe"], windowDays: 90 as const, category: "Mugs & Cups" };
    const query = dashboardQuery(filters);
    expect(query).toBe("?from=2026-01-01&to=2026-01-31&channel=stripe&window=90&category=Mugs+%26+Cups");
    expect(parseDashboardFilters(searchParamsRecord(new URLSearchParams(query)), context)).toEqual(filters);
    expect(dashboardQuery(defaults, { category: null })).toBe("?from=2026-02-19&to=2026-03-20");
  });

  it("reads the drill-down's SKU and page, refusing odd ones", () => {
    expect(parseOrderListFilters({ sku: "MUG-1", page: "3", channel: "stripe" }, context)).toEqual({ range: defaults.range, channels: ["stripe"], sku: "MUG-1", page: 3 });
    expect(parseOrderListFilters({ sku: "<script>", page: "-1" }, context)).toMatchObject({ sku: null, page: 1 });
    expect(parseOrderListFilters({ page: "99999999999" }, context).page).toBe(1);
    expect(orderListHref({ range: defaults.range, channels: ["shopify-1"], sku: "MUG-1", page: 2 })).toBe("/dashboard/orders?from=2026-02-19&to=2026-03-20&channel=shopify-1&sku=MUG-1&page=2");
  });
});

describe("sales buckets", () => {
  it("groups by day up to a month, by week up to half a year, then by month", () => {
    expect(bucketUnitFor({ from: "2026-03-01", to: "2026-03-31" })).toBe("day");
    expect(bucketUnitFor({ from: "2026-03-01", to: "2026-04-01" })).toBe("week");
    expect(bucketUnitFor({ from: "2025-09-01", to: "2026-03-20" })).toBe("month");
  });

  it("lists every period, clipped to the range", () => {
    expect(listBuckets({ from: "2026-03-01", to: "2026-03-17" }, "week")).toEqual([
      { key: "2026-02-23", from: "2026-03-01", to: "2026-03-01" },
      { key: "2026-03-02", from: "2026-03-02", to: "2026-03-08" },
      { key: "2026-03-09", from: "2026-03-09", to: "2026-03-15" },
      { key: "2026-03-16", from: "2026-03-16", to: "2026-03-17" },
    ]);
    expect(listBuckets({ from: "2025-12-15", to: "2026-02-02" }, "month").map((bucket) => [bucket.key, bucket.from, bucket.to])).toEqual([
      ["2025-12-01", "2025-12-15", "2025-12-31"],
      ["2026-01-01", "2026-01-01", "2026-01-31"],
      ["2026-02-01", "2026-02-01", "2026-02-02"],
    ]);
  });
});
