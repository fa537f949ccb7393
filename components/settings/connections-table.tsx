import { Badge } from "@/components/ui/badge";
import { Freshness } from "@/components/ui/freshness";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import type { ConnectionRow } from "@/lib/settings/list-settings-data";

const systemNames = { lightspeed: "Lightspeed Retail", shopify: "Shopify", stripe: "Stripe", portal: "Portal" } as const;
const health = { healthy: ["Healthy", "green"], failing: ["Failing", "red"], never: ["Never connected", "stone"] } as const;

/** Each outside system the portal talks to: when it last answered, and its last error. */
export function ConnectionsTable({ rows }: { rows: readonly ConnectionRow[] }) {
  if (rows.length === 0) return <EmptyState title="No connections yet">Connect Lightspeed, Shopify and Stripe to start syncing.</EmptyState>;
  return (
    <DataTable columns={["System", "Account", "Health", "Last success", "Last error"]} label="Connections">
      {rows.map((row) => {
        const [label, tone] = health[row.health];
        return (
          <tr key={row.id} className="align-top" data-testid={`connection-${row.account}`}>
            <td className="px-3 py-2 font-medium">{systemNames[row.system]}</td>
            <td className="px-3 py-2 font-mono text-xs">{row.account}</td>
            <td className="px-3 py-2">
              <Badge tone={tone}>{label}</Badge>
            </td>
            <td className="px-3 py-2">
              <Freshness at={row.lastSuccessAt} never="never" />
            </td>
            <td className="px-3 py-2 text-xs">
              {row.lastError ? (
                <>
                  <span className="block text-red-800">{row.lastError}</span>
                  <Freshness at={row.lastErrorAt} never="" />
                </>
              ) : (
                <span className="text-stone-500">none</span>
              )}
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}
