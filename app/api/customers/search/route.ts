import { NextResponse } from "next/server";
import { customerSearchParamsSchema } from "@/lib/customers/customer-search-query";
import type { CustomerSearchResponse } from "@/lib/customers/customer-search-response";
import { presentCustomerSearchHit } from "@/lib/customers/present-customer-search-hit";
import { searchCustomers } from "@/lib/customers/search-customers";
import { withPermission } from "@/lib/auth/with-permission";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";

/** `GET /api/customers/search?q=…`: the search-as-you-type box (staff and owner). */
export const GET = withPermission("customers:view", async (request) => {
  const parsed = customerSearchParamsSchema.safeParse({ q: new URL(request.url).searchParams.get("q") ?? undefined });
  if (!parsed.success) return NextResponse.json({ error: "invalid-query" }, { status: 400 });
  const hits = await searchCustomers(getDb(), { query: parsed.data.q, country: env.SHOP_COUNTRY });
  const body: CustomerSearchResponse = { query: parsed.data.q, results: hits.map((hit) => presentCustomerSearchHit(hit, env.SHOP_COUNTRY)) };
  return NextResponse.json(body, { headers: { "Cache-Control": "private, no-store" } });
});
