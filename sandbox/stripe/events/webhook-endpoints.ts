import { z } from "zod";
import { randomBase62 } from "../stripe-ids";

/** A registered webhook endpoint. During a secret roll it has several secrets and each event is signed with all. */
export type WebhookEndpoint = {
  id: string;
  url: string;
  secrets: string[];
  /** The version events for this endpoint are stamped with. */
  apiVersion: string;
  /** Event types to send; ["*"] for all. */
  enabledEvents: string[];
};

export const webhookEndpointInputSchema = z.object({
  url: z.string().url(),
  /** Defaults to one fresh `whsec_…`. Two or more: an ongoing roll (every one signs). */
  secrets: z.array(z.string().min(1)).min(1).optional(),
  apiVersion: z.string().min(1).optional(),
  enabledEvents: z.array(z.string().min(1)).min(1).optional(),
});

export type WebhookEndpointInput = z.input<typeof webhookEndpointInputSchema>;

export function newWebhookSecret(): string {
  return `whsec_${randomBase62(32)}`;
}

export function buildWebhookEndpoint(input: WebhookEndpointInput, defaultApiVersion: string): WebhookEndpoint {
  const parsed = webhookEndpointInputSchema.parse(input);
  return {
    id: `we_${randomBase62(24)}`,
    url: parsed.url,
    secrets: parsed.secrets ?? [newWebhookSecret()],
    apiVersion: parsed.apiVersion ?? defaultApiVersion,
    enabledEvents: parsed.enabledEvents ?? ["*"],
  };
}

export function endpointWants(endpoint: WebhookEndpoint, type: string): boolean {
  return endpoint.enabledEvents.includes("*") || endpoint.enabledEvents.includes(type);
}
