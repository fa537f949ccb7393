"use client";

import type { ReactElement } from "react";
import { ResponsiveContainer } from "recharts";

/** A chart's box: a fixed height, the full width, and a label that says what it shows. */
export function ChartFrame({ label, height, children }: { label: string; height: number; children: ReactElement }) {
  return (
    <div role="figure" aria-label={label} className="w-full select-none" style={{ height }}>
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 800, height }}>
        {children}
      </ResponsiveContainer>
    </div>
  );
}
