import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import type { TopCustomer } from "@/lib/analytics/read-top-customers";
import { channelLabel, type SalesChannel } from "@/lib/analytics/sales-channel";
import { formatDate, formatInteger, formatMoney } from "@/lib/format/shop-format";
import { customerHref } from "./dashboard-links";
import { Cell, CellLink } from "./table-cells";

/** Customers by lifetime value across every channel, net of refunds, merged records counted under the survivor. */
export function TopCustomersCard({ customers, channels }: { customers: readonly TopCustomer[]; channels: readonly SalesChannel[] }) {
  return (
    <Card title="Top customers" description="Lifetime value: everything they paid in any channel, less refunds. Not limited by the filters above.">
      {customers.length === 0 ? (
        <EmptyState title="No customers with orders yet" />
      ) : (
        <DataTable label="Top customers" columns={["Customer", "Lifetime value", "Orders", "Channels", "Last order"]}>
          {customers.map((customer) => (
            <tr key={customer.customerId} data-testid={`customer-row-${customer.customerId}`}>
              <Cell>
                <CellLink href={customerHref(customer.customerId)}>{customer.displayName}</CellLink>
                {customer.mergedRecords > 0 ? <span className="block text-xs text-stone-500">{formatInteger(customer.mergedRecords + 1)} records merged</span> : null}
              </Cell>
              <Cell numeric className="font-medium">
                {formatMoney(customer.lifetimeValueCents)}
                {customer.refundedCents > 0 ? <span className="block text-xs font-normal text-stone-500">{formatMoney(customer.refundedCents)} refunded</span> : null}
              </Cell>
              <Cell numeric>{formatInteger(customer.orders)}</Cell>
              <Cell className="text-stone-700">{customer.channelKeys.map((key) => channelLabel(channels, key)).join(", ")}</Cell>
              <Cell numeric>{formatDate(customer.lastOrderAt)}</Cell>
            </tr>
          ))}
        </DataTable>
      )}
    </Card>
  );
}
