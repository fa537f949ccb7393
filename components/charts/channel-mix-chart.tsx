"use client";

import Link from "next/link";
import { useMemo, useState } from "react";
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis, type TooltipContentProps } from "recharts";
import { ChartFrame } from "./chart-frame";
import { createChartFormat, type ChartFormatOptions, type PeriodUnit } from "./chart-format";
import { ChartTooltipCard } from "./chart-tooltip";
import { SegmentedToggle } from "./segmented-toggle";

export type ChannelMixSeries = { key: string; label: string; color: string };
export type ChannelMixPoint = {
  key: string;
  from: string;
  to: string;
  /** The orders placed in this period on the shown channels. */
  href: string;
  netCents: Record<string, number>;
  netUnits: Record<string, number>;
};

type Measure = "revenue" | "units";
const measures = [
  { value: "revenue", label: "Revenue" },
  { value: "units", label: "Units" },
] as const satisfies ReadonlyArray<{ value: Measure; label: string }>;

/**
 * Channel mix over time: one stacked bar per period, one colour per channel, by net revenue or net units.
 * Tapping or clicking a bar selects its period and offers the orders behind it.
 */
export function ChannelMixChart({ series, points, unit, format }: { series: readonly ChannelMixSeries[]; points: readonly ChannelMixPoint[]; unit: PeriodUnit; format: ChartFormatOptions }) {
  const [measure, setMeasure] = useState<Measure>("revenue");
  const [selected, setSelected] = useState<number | null>(null);
  const formatter = useMemo(() => createChartFormat(format), [format]);
  const valueOf = (point: ChannelMixPoint, key: string): number => (measure === "revenue" ? point.netCents[key] : point.netUnits[key]) ?? 0;
  const show = (value: number): string => (measure === "revenue" ? formatter.money(value) : `${formatter.units(value)} units`);
  const data = points.map((point) => ({ period: formatter.period(point.key, unit), ...Object.fromEntries(series.map((entry) => [entry.key, valueOf(point, entry.key)])) }));
  const selectedPoint = selected === null ? undefined : points[selected];

  const tooltip = ({ active, activeIndex }: TooltipContentProps) => {
    const point = activeIndex === null || activeIndex === undefined ? undefined : points[Number(activeIndex)];
    if (!active || !point) return null;
    const total = series.reduce((sum, entry) => sum + valueOf(point, entry.key), 0);
    return (
      <ChartTooltipCard
        title={formatter.periodSpan(point.from, point.to, unit)}
        rows={series.map((entry) => ({ key: entry.key, label: entry.label, color: entry.color, value: show(valueOf(point, entry.key)) }))}
        total={show(total)}
      />
    );
  };

  return (
    <div>
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <SegmentedToggle label="Measure" options={measures} value={measure} onChange={setMeasure} />
        <p className="text-sm text-stone-600" data-testid="channel-mix-measure">
          {measure === "revenue" ? "Net revenue (tax included, refunds taken off)" : "Net units (returns to stock taken off)"} per {unit}
        </p>
      </div>
      <ChartFrame label={`Channel mix by ${measure === "revenue" ? "revenue" : "units"}, per ${unit}`} height={300}>
        <BarChart
          data={data}
          margin={{ top: 8, right: 8, bottom: 0, left: 8 }}
          onClick={(state) => {
            const index = Number(state.activeIndex ?? state.activeTooltipIndex);
            if (Number.isInteger(index) && index >= 0 && index < points.length) setSelected(index);
          }}
        >
          <CartesianGrid vertical={false} stroke="#e7e5e4" />
          <XAxis dataKey="period" tickLine={false} axisLine={false} minTickGap={16} fontSize={12} />
          <YAxis tickFormatter={(value: number) => (measure === "revenue" ? formatter.axisMoney(value) : formatter.axisUnits(value))} tickLine={false} axisLine={false} width={64} fontSize={12} />
          <Tooltip content={tooltip} cursor={{ fill: "#f5f5f4" }} />
          <Legend wrapperStyle={{ fontSize: 13 }} itemSorter={null} />
          {series.map((entry) => (
            <Bar key={entry.key} dataKey={entry.key} name={entry.label} stackId="mix" fill={entry.color} isAnimationActive={false} cursor="pointer" />
          ))}
        </BarChart>
      </ChartFrame>
      <div className="mt-2 flex min-h-11 flex-wrap items-center gap-x-4 gap-y-1 rounded-md bg-stone-50 px-3 py-2 text-sm" aria-live="polite">
        {selectedPoint ? (
          <>
            <span className="font-medium">{formatter.periodSpan(selectedPoint.from, selectedPoint.to, unit)}</span>
            <span className="tabular-nums">{show(series.reduce((sum, entry) => sum + valueOf(selectedPoint, entry.key), 0))}</span>
            <Link href={selectedPoint.href} className="font-medium text-brand-700 underline underline-offset-2">
              See the orders behind it
            </Link>
          </>
        ) : (
          <span className="text-stone-600">Tap or click a bar to see that period&apos;s figures and the orders behind them.</span>
        )}
      </div>
    </div>
  );
}
