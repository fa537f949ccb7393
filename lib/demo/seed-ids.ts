import type { StoreKey } from "./stores";

/** Database ids of what the seed has written so far, by the generator's own keys. */
export type SeedIds = {
  ownerId: number;
  staffId: number;
  lightspeedShopId: number;
  storeIds: Record<StoreKey, number>;
  /** By SKU. */
  itemIds: Map<string, number>;
  /** By `system:externalId` of the mapping problem. */
  mappingProblemIds: Map<string, number>;
  /** By customer record key. */
  customerIds: Map<string, number>;
  /** By identity key. */
  identityIds: Map<string, number>;
  /** By order source key. */
  orderIds: Map<string, number>;
};
