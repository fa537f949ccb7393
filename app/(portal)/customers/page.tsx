import type { Metadata } from "next";
import { CustomerSearch } from "@/components/customers/customer-search";
import { PageHeader } from "@/components/shell/page-header";
import { requirePagePermission } from "@/lib/auth/current-user";
import { customerSearchParamsSchema } from "@/lib/customers/customer-search-query";
import { presentCustomerSearchHit } from "@/lib/customers/present-customer-search-hit";
import { searchCustomers } from "@/lib/customers/search-customers";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "Customers" };

export default async function CustomersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePagePermission("customers:view");
  const parsed = customerSearchParamsSchema.safeParse(await searchParams);
  const query = parsed.success ? parsed.data.q : "";
  const hits = query === "" ? [] : await searchCustomers(getDb(), { query, country: env.SHOP_COUNTRY });
  return (
    <>
      <PageHeader title="Customers" description="Find a customer by name, email or phone, and see everything they bought in any channel." />
      <div className="max-w-4xl">
        <CustomerSearch initialQuery={query} initialResults={hits.map((hit) => presentCustomerSearchHit(hit, env.SHOP_COUNTRY))} />
      </div>
    </>
  );
}
