import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { Pager } from "@/components/ui/pager";
import { ConnectionsTable } from "@/components/settings/connections-table";
import { LeadTimesTable } from "@/components/settings/lead-times-table";
import { PageHeader } from "@/components/shell/page-header";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { requirePagePermission } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db";
import { formatDate } from "@/lib/format/shop-format";
import { listConnections, listItemLeadTimes, listSafetyBuffers, listStoreSettings } from "@/lib/settings/list-settings-data";
import { readSettings } from "@/lib/settings/read-settings";
import { settingDefinitions } from "@/lib/settings/setting-definitions";
import { LeadTimeForm } from "./lead-time-form";
import { SafetyBufferForm } from "./safety-buffer-form";
import { SafetyBufferRowActions } from "./safety-buffer-row-actions";
import { ShopSettingsForm } from "./shop-settings-form";
import { StoreSettingsForm } from "./store-settings-form";

export const metadata: Metadata = { title: "Settings" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const leadPageSchema = z.coerce.number().int().min(1).max(100_000).catch(1);

export default async function SettingsPage({ searchParams }: Props) {
  await requirePagePermission("settings:view");
  const leadPage = leadPageSchema.parse((await searchParams)["leadPage"]);
  const db = getDb();
  const [connectionRows, { stores, shops }, buffers, leadTimes, settings] = await Promise.all([
    listConnections(db),
    listStoreSettings(db),
    listSafetyBuffers(db),
    listItemLeadTimes(db, { page: leadPage }),
    readSettings(db),
  ]);
  return (
    <>
      <PageHeader title="Settings" description="Connections, Shopify stores and their Lightspeed shop, safety buffers, lead times and staff accounts. Every change is kept in the audit log." />
      <div className="space-y-6">
        <ul className="grid gap-3 sm:grid-cols-2">
          <li>
            <Link href="/settings/staff" className="block rounded-lg border border-stone-200 bg-white p-4 hover:border-brand-600">
              <span className="font-medium">Staff accounts</span>
              <span className="mt-1 block text-sm text-stone-600">Add staff, reset passwords, deactivate accounts.</span>
            </Link>
          </li>
          <li>
            <Link href="/activity?view=audit" className="block rounded-lg border border-stone-200 bg-white p-4 hover:border-brand-600">
              <span className="font-medium">Audit log</span>
              <span className="mt-1 block text-sm text-stone-600">Who changed what, with the before, the after and why.</span>
            </Link>
          </li>
        </ul>

        <Card title="Connections" description="When each system last answered the portal, and what went wrong last.">
          <ConnectionsTable rows={connectionRows} />
        </Card>

        <Card title="Shop-wide settings">
          {settings.invalid.length > 0 ? (
            <p role="alert" className="mb-3 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
              Stored values for {settings.invalid.map((key) => settingDefinitions[key].label.toLowerCase()).join(", ")} were not valid; the defaults are in force until you save.
            </p>
          ) : null}
          <ShopSettingsForm values={settings.values} />
        </Card>

        <Card
          title="Shopify stores"
          description="Each store sells the stock of one Lightspeed shop: sellable = on-hand − pending − the store's safety buffer (its default, unless a SKU has its own)."
        >
          <div className="grid gap-4 lg:grid-cols-2">
            {stores.map((store) => (
              <StoreSettingsForm key={store.id} store={store} shops={shops} />
            ))}
          </div>
        </Card>

        <Card title="Per-SKU safety buffers" description="Override a store's default for one SKU, e.g. to keep a display piece out of the online figure. 0 means no buffer.">
          <div className="space-y-4">
            {buffers.length === 0 ? (
              <EmptyState title="No per-SKU buffers">Every SKU uses its store's default.</EmptyState>
            ) : (
              <DataTable columns={["Store", "SKU", "Item", "Buffer", "Store default", "Changed", ""]} label="Per-SKU safety buffers">
                {buffers.map((buffer) => (
                  <tr key={`${buffer.storeId}-${buffer.itemId}`} className="align-top" data-testid={`buffer-${buffer.storeId}-${buffer.sku}`}>
                    <td className="px-3 py-2">{buffer.storeName}</td>
                    <td className="px-3 py-2">
                      <Link href={`/inventory/${encodeURIComponent(buffer.sku)}`} className="font-mono text-brand-700 hover:underline">
                        {buffer.sku}
                      </Link>
                    </td>
                    <td className="px-3 py-2">
                      {buffer.name}
                      {buffer.variantName ? ` · ${buffer.variantName}` : ""}
                    </td>
                    <td className="px-3 py-2 font-semibold tabular-nums">{buffer.units}</td>
                    <td className="px-3 py-2 tabular-nums text-stone-600">{buffer.storeDefault}</td>
                    <td className="px-3 py-2 whitespace-nowrap text-stone-600">{formatDate(buffer.updatedAt)}</td>
                    <td className="px-3 py-2">
                      <SafetyBufferRowActions storeId={buffer.storeId} itemId={buffer.itemId} sku={buffer.sku} units={buffer.units} />
                    </td>
                  </tr>
                ))}
              </DataTable>
            )}
            <SafetyBufferForm stores={stores} />
          </div>
        </Card>

        <Card
          title="Lead times"
          description={`How long each supplier takes. The shop default (${settings.values.default_lead_time_days} days, above) applies to every item without its own.`}
        >
          <div className="space-y-4">
            <LeadTimesTable rows={leadTimes.rows} />
            <Pager label="Lead time pages" page={leadTimes.page} pageCount={leadTimes.pageCount} hrefFor={(page) => `/settings?leadPage=${page}`} />
            <LeadTimeForm shopDefault={settings.values.default_lead_time_days} />
          </div>
        </Card>
      </div>
    </>
  );
}
