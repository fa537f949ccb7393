import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { LedgerTable } from "@/components/inventory/ledger-table";
import { Pager } from "@/components/ui/pager";
import { PendingOrders } from "@/components/inventory/pending-orders";
import { SkuExplanations } from "@/components/inventory/sku-explanations";
import { SkuFigures } from "@/components/inventory/sku-figures";
import { skuHref } from "@/components/inventory/inventory-table";
import { PageHeader } from "@/components/shell/page-header";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { requirePagePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { formatInteger } from "@/lib/format/shop-format";
import { getSkuDetail } from "@/lib/stock/queries/get-sku-detail";
import { listSkuLedger } from "@/lib/stock/queries/list-sku-ledger";

type Props = {
  params: Promise<{ sku: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const skuSchema = z.string().min(1).max(200);
const ledgerPageSchema = z.coerce.number().int().min(1).max(100_000).catch(1);

/** The SKU from the URL: as given, or percent-decoded once when the router left it encoded. */
function skuCandidates(raw: string): string[] {
  const parsed = skuSchema.safeParse(raw);
  if (!parsed.success) return [];
  try {
    const decoded = decodeURIComponent(parsed.data);
    return decoded === parsed.data ? [parsed.data] : [parsed.data, decoded];
  } catch {
    return [parsed.data];
  }
}

async function findDetail(raw: string) {
  for (const sku of skuCandidates(raw)) {
    const detail = await getSkuDetail(getDb(), sku);
    if (detail) return detail;
  }
  return null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { sku } = await params;
  return { title: `${skuCandidates(sku).at(-1) ?? "SKU"} · Inventory` };
}

export default async function SkuPage({ params, searchParams }: Props) {
  const user = await requirePagePermission("inventory:view");
  const [{ sku }, query] = await Promise.all([params, searchParams]);
  const detail = await findDetail(sku);
  if (!detail) notFound();
  const ledger = await listSkuLedger(getDb(), { itemId: detail.item.id, page: ledgerPageSchema.parse(query["page"]) });
  const { item } = detail;
  return (
    <>
      <Link href="/inventory" className="mb-2 inline-flex min-h-11 items-center text-sm font-medium text-brand-700 hover:underline">
        ← Inventory
      </Link>
      <PageHeader
        title={item.sku}
        description={[item.name, item.variantName, item.category, item.supplier ? `from ${item.supplier}` : null].filter(Boolean).join(" · ")}
      />
      <div className="space-y-6">
        <SkuFigures detail={detail} />
        <PendingOrders pending={detail.openPending} />
        <SkuExplanations detail={detail} />
        <Card title="Movement ledger" description={`Every change of stock from every channel, newest first (${formatInteger(ledger.total)} in all).`}>
          {ledger.rows.length === 0 ? (
            <EmptyState title="No movements yet">The ledger starts with the next sale, refund, receive or count.</EmptyState>
          ) : (
            <LedgerTable rows={ledger.rows} showInboxLinks={can(user.role, "activity:view")} />
          )}
          <Pager label="Ledger pages" page={ledger.page} pageCount={ledger.pageCount} hrefFor={(page) => `${skuHref(item.sku)}?page=${page}`} />
        </Card>
      </div>
    </>
  );
}
