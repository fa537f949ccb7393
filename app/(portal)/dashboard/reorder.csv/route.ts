import { z } from "zod";
import { parseDashboardFilters, searchParamsRecord } from "@/lib/analytics/dashboard-filters";
import { loadReorderList } from "@/lib/analytics/load-reorder-list";
import { reorderCsv, reorderCsvFilename } from "@/lib/analytics/reorder-csv";
import { localDateOf } from "@/lib/analytics/shop-calendar";
import { withPermission } from "@/lib/auth/with-permission";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";

export const dynamic = "force-dynamic";

const scopeSchema = z.enum(["flagged", "all"]).catch("flagged");

/** The reorder list as a CSV download (`?window=` days as on the dashboard; `?scope=all` for every item). Owner only. */
export const GET = withPermission("dashboard:view", async (request) => {
  const url = new URL(request.url);
  const now = new Date();
  const today = localDateOf(now, env.SHOP_TIME_ZONE);
  const { windowDays } = parseDashboardFilters(searchParamsRecord(url.searchParams), { today, channelKeys: [] });
  const scope = scopeSchema.parse(url.searchParams.get("scope") ?? undefined);
  const { lines } = await loadReorderList(getDb(), { now, windowDays });
  const body = reorderCsv(scope === "all" ? lines : lines.filter((line) => line.flagged), windowDays);
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${reorderCsvFilename(today)}"`,
      "cache-control": "no-store",
    },
  });
});
