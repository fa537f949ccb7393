import { describe, expect, it } from "vitest";
import { buildReorderList } from "@/lib/analytics/build-reorder-list";
import { formatCsv, formatCsvCell } from "@/lib/analytics/format-csv";
import { reorderCsv, reorderCsvFilename, reorderCsvHeader } from "@/lib/analytics/reorder-csv";
import type { StockPosition } from "@/lib/analytics/read-stock-positions";

describe("CSV", () => {
  it.each([
    ["plain", "plain"],
    ["a, b", '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
    ["=1+2", "'=1+2"],
    ["+SUM(A1)", "'+SUM(A1)"],
    ["-2+3", "'-2+3"],
    ["@cmd", "'@cmd"],
    ["\tTAB", "'\tTAB"],
    ['=HYPERLINK("http://x", "y")', `"'=HYPERLINK(""http://x"", ""y"")"`],
  ])("writes the text %j as %j", (input, output) => {
    expect(formatCsvCell(input)).toBe(output);
  });

  it("writes numbers as numbers (negative ones too) and null as empty", () => {
    expect([formatCsvCell(-3), formatCsvCell(0.25), formatCsvCell(null), formatCsvCell(Number.NaN)]).toEqual(["-3", "0.25", "", ""]);
  });

  it("starts with a byte-order mark and ends every row with CRLF", () => {
    expect(formatCsv(["a", "b"], [[1, "x"]])).toBe("\uFEFFa,b\r\n1,x\r\n");
  });

  it("writes the reorder list with the figures behind each reorder point", () => {
    const position: StockPosition = {
      itemId: 1,
      sku: "VASE-1",
      name: '=HYPERLINK("x")',
      variantName: null,
      category: "Gifts",
      supplier: '-Potter, "Ltd"',
      costCents: 1000,
      leadTimeDays: null,
      lightspeedReorderPoint: 4,
      onHand: 5,
      pending: 1,
      unitsOut: 9,
    };
    const lines = buildReorderList([position], { windowDays: 30, settings: { defaultLeadTimeDays: 14, safetyStockDays: 7 } });
    const csv = reorderCsv(lines, 30);
    const [header, row, end] = csv.slice(1).split("\r\n");
    expect(header).toBe(reorderCsvHeader.join(","));
    expect(row).toBe(`VASE-1,"'=HYPERLINK(""x"")",,Gifts,"'-Potter, ""Ltd""",5,1,4,9,30,0.3,14,default,2.1,7,4,3,13.3,yes`);
    expect(end).toBe("");
    expect(reorderCsvFilename("2026-03-20")).toBe("tillbridge-reorder-list-2026-03-20.csv");
  });
});
