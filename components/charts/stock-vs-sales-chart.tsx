"use client";

import { useRouter } from "next/navigation";
import { useMemo } from "react";
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis, type TooltipContentProps } from "recharts";
import { ChartFrame } from "./chart-frame";
import { seriesColors } from "./chart-colors";
import { createChartFormat, type ChartFormatOptions } from "./chart-format";
import { ChartTooltipCard } from "./chart-tooltip";

export type StockVsSalesBar = { category: string; onHand: number; unitsSold: number; href: string };

/** On-hand against units sold in the range, one pair of bars per category; a bar opens that category's SKUs. */
export function StockVsSalesChart({ bars, format }: { bars: readonly StockVsSalesBar[]; format: ChartFormatOptions }) {
  const router = useRouter();
  const formatter = useMemo(() => createChartFormat(format), [format]);
  const tooltip = ({ active, activeIndex }: TooltipContentProps) => {
    const bar = activeIndex === null || activeIndex === undefined ? undefined : bars[Number(activeIndex)];
    if (!active || !bar) return null;
    return (
      <ChartTooltipCard
        title={bar.category}
        rows={[
          { key: "onHand", label: "On hand", color: seriesColors.onHand, value: formatter.units(bar.onHand) },
          { key: "unitsSold", label: "Sold in range", color: seriesColors.sold, value: formatter.units(bar.unitsSold) },
        ]}
      />
    );
  };
  return (
    <ChartFrame label="On hand against units sold, per category" height={Math.max(220, bars.length * 40 + 60)}>
      <BarChart
        layout="vertical"
        data={[...bars]}
        margin={{ top: 0, right: 16, bottom: 0, left: 8 }}
        barGap={1}
        onClick={(state) => {
          const bar = bars[Number(state.activeIndex ?? state.activeTooltipIndex)];
          if (bar) router.push(bar.href, { scroll: false });
        }}
      >
        <CartesianGrid horizontal={false} stroke="#e7e5e4" />
        <XAxis type="number" tickFormatter={(value: number) => formatter.axisUnits(value)} tickLine={false} axisLine={false} fontSize={12} />
        <YAxis type="category" dataKey="category" width={112} tickLine={false} axisLine={false} fontSize={12} interval={0} />
        <Tooltip content={tooltip} cursor={{ fill: "#f5f5f4" }} />
        <Legend wrapperStyle={{ fontSize: 13 }} itemSorter={null} />
        <Bar dataKey="onHand" name="On hand" fill={seriesColors.onHand} isAnimationActive={false} cursor="pointer" />
        <Bar dataKey="unitsSold" name="Sold in range" fill={seriesColors.sold} isAnimationActive={false} cursor="pointer" />
      </BarChart>
    </ChartFrame>
  );
}
