/** Where the dashboard's figures lead: pages built elsewhere in the portal, addressed by their key. */
export const inventoryHref = (sku: string): string => `/inventory/${encodeURIComponent(sku)}`;
export const customerHref = (customerId: number): string => `/customers/${customerId}`;
export const reconcileHref = "/reconcile";
export const activityHref = "/activity";
