import type { DeliveryFaults, DeliveryRecord } from "../../delivery";
import { deliveryFaultsSchema } from "../../delivery";
import type { ApiFaultKind, ApiFaultPlan } from "../../faults";
import type { SandboxContext } from "../sandbox-context";
import { settingsSchema, type LevelEdit, type OrderInput, type RefundInput, type SandboxSettingsInput, type StoreSeed } from "./control-schemas";
import { createOrder, type CreatedOrder } from "./create-order";
import { createRefund, type CreatedRefund } from "./create-refund";
import { editLevel } from "./edit-level";
import { findStore } from "./find-records";
import { inspectStore, type StoreInspection } from "./inspect-store";
import { seedStore, type SeededStore } from "./seed-store";

export type SentWebhookView = {
  webhookId: string;
  eventId: string;
  domain: string;
  topic: string;
  url: string;
  at: string;
  headers: Readonly<Record<string, string>>;
  body: string;
  outcome: DeliveryRecord["outcome"] | "unknown";
  attempts: number;
};

/** What the control API can do, in process; the HTTP routes under /_control/ call exactly these. */
export type ShopifySandboxControl = {
  reset: () => void;
  seedStore: (seed: StoreSeed) => SeededStore;
  inspectStore: (domain: string) => StoreInspection;
  createOrder: (domain: string, order: OrderInput) => CreatedOrder;
  createRefund: (domain: string, refund: RefundInput) => CreatedRefund;
  editLevel: (domain: string, edit: LevelEdit) => { inventoryItemId: string; locationId: string; available: number };
  setApiFaults: (plan: ApiFaultPlan) => void;
  /** How many API faults of each kind have fired so far. */
  apiFaultsFired: () => Readonly<Record<ApiFaultKind, number>>;
  setDeliveryFaults: (faults: DeliveryFaults) => void;
  setSettings: (settings: SandboxSettingsInput) => void;
  /** Sets the cost bucket of a store to this many points (tests start from an empty or full bucket). */
  fillBucket: (domain: string, points: number) => void;
  webhooksSent: () => SentWebhookView[];
  /** Resolves once every webhook delivery is delivered, dropped or out of retries. */
  settleWebhooks: () => Promise<void>;
};

export function createShopifyControl(context: SandboxContext): ShopifySandboxControl {
  return {
    reset: () => {
      context.stores.clear();
      context.webhooksSent.length = 0;
      context.faults.clear();
      context.delivery.setFaults({});
    },
    seedStore: (seed) => seedStore(context, seed),
    inspectStore: (domain) => inspectStore(context, domain),
    createOrder: (domain, order) => createOrder(context, domain, order),
    createRefund: (domain, refund) => createRefund(context, domain, refund),
    editLevel: (domain, edit) => editLevel(context, domain, edit),
    setApiFaults: (plan) => context.faults.set(plan),
    apiFaultsFired: () => context.faults.fired(),
    setDeliveryFaults: (faults) => context.delivery.setFaults(deliveryFaultsSchema.parse(faults)),
    setSettings: (raw) => {
      const settings = settingsSchema.parse(raw);
      const { throttle, ...rest } = settings;
      Object.assign(
        context.settings,
        Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined)),
      );
      if (throttle !== undefined) {
        if (throttle.maximumAvailable !== undefined) context.settings.maximumAvailable = throttle.maximumAvailable;
        if (throttle.restoreRate !== undefined) context.settings.restoreRate = throttle.restoreRate;
        for (const store of context.stores.values()) store.bucket.configure(throttle);
      }
    },
    fillBucket: (domain, points) => findStore(context, domain).bucket.fill(points),
    webhooksSent: () => {
      const records = new Map(context.delivery.records().map((record) => [record.id, record]));
      return context.webhooksSent.map((sent) => {
        const record = records.get(sent.webhookId);
        return {
          webhookId: sent.webhookId,
          eventId: sent.eventId,
          domain: sent.domain,
          topic: sent.topic,
          url: sent.url,
          at: sent.at.toISOString(),
          headers: sent.headers,
          body: sent.body,
          outcome: record?.outcome ?? "unknown",
          attempts: record?.attempts.length ?? 0,
        };
      });
    },
    settleWebhooks: () => context.delivery.settle(),
  };
}
