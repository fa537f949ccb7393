import type { CustomerIdentityView } from "@/lib/customers/list-customer-identities";
import { formatDate } from "@/lib/format/shop-format";

export type IdentityRow = CustomerIdentityView & {
  /** Why this identity belongs here, in words. */
  reasons: string[];
  /** Shown as people write it. */
  phoneDisplay: string | null;
};

const systemLabels: Record<CustomerIdentityView["system"], string> = {
  lightspeed: "Lightspeed",
  shopify: "Shopify",
  stripe: "Stripe",
  portal: "Portal",
};

function systemLabel(identity: CustomerIdentityView): string {
  return identity.system === "shopify" && identity.storeName ? `Shopify · ${identity.storeName}` : systemLabels[identity.system];
}

/** How each system knows the customer, with its own id, and why it was matched to them. */
export function CustomerIdentities({ identities }: { identities: readonly IdentityRow[] }) {
  if (identities.length === 0) return <p className="text-sm text-stone-600">No system knows this customer any more (every identity was moved by a merge).</p>;
  return (
    <ul aria-label="Identities" className="divide-y divide-stone-200 text-sm">
      {identities.map((identity) => (
        <li key={identity.id} data-testid="customer-identity" data-system={identity.system} className="py-2 first:pt-0 last:pb-0">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <span className="font-medium text-stone-900">{systemLabel(identity)}</span>
            <code className="text-xs break-words text-stone-600">{identity.externalId}</code>
          </div>
          <p className="break-words text-stone-700">
            {[identity.name, identity.email, identity.phoneDisplay].filter((value) => value !== null && value !== "").join(" · ") || "No contact details"}
          </p>
          <p className="text-xs text-stone-500">
            Since {formatDate(identity.createdAt)} · {identity.reasons.join(" · ")}
          </p>
        </li>
      ))}
    </ul>
  );
}
