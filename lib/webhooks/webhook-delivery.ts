/** A delivery as a route hands it over: the request headers and the raw body, exactly as received. */
export type WebhookDelivery = { headers: Headers; rawBody: Uint8Array | string };
