import { configuredSecrets } from "@/lib/env";

/**
 * What the Activity screen may show of a recorded webhook. The inbox keeps only the headers that matter, but the
 * screen checks again, and bodies can carry secrets of their own (a PaymentIntent's `client_secret`, Shopify's
 * checkout and cart tokens): those are replaced by a marker, whatever their depth. A secret of this installation
 * (an access token, a signing secret) is replaced wherever its value turns up: in a body, an error, a reason.
 */
const secretKey = /secret|password|passwd|token|signature|hmac|authorization|cookie|api[-_]?key|private[-_]?key/i;

export const redacted = "[redacted]";

export function isSecretKey(key: string): boolean {
  return secretKey.test(key);
}

/** The headers safe to show, sorted by name; secret ones are left out entirely. */
export function visibleHeaders(headers: Record<string, string>): [string, string][] {
  return Object.entries(headers)
    .filter(([name]) => !isSecretKey(name))
    .sort(([a], [b]) => a.localeCompare(b));
}

/** Shorter values are not treated as secrets: replacing them everywhere would garble ordinary text. */
const shortestSecret = 8;

/** `text` with every configured secret value replaced by the marker. */
export function hideConfiguredSecrets(text: string, secrets: readonly string[] = configuredSecrets): string {
  return secrets.filter((secret) => secret.length >= shortestSecret).reduce((hidden, secret) => hidden.replaceAll(secret, redacted), text);
}

/** The same for a value that may be missing (an error or a reason). */
export function hideConfiguredSecretsIn(text: string | null): string | null {
  return text === null ? null : hideConfiguredSecrets(text);
}

function redactValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactValue);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, isSecretKey(key) && inner !== null ? redacted : redactValue(inner)]));
  }
  return value;
}

export type DisplayBody = { kind: "json"; text: string } | { kind: "text"; text: string };

/** The raw body pretty-printed when it is JSON (secrets redacted), else as text, cut at `limit` characters. */
export function displayBody(rawBody: string, limit = 200_000): DisplayBody & { truncated: boolean } {
  let body: DisplayBody;
  try {
    body = { kind: "json", text: hideConfiguredSecrets(JSON.stringify(redactValue(JSON.parse(rawBody)), null, 2)) };
  } catch {
    body = { kind: "text", text: hideConfiguredSecrets(rawBody) };
  }
  return body.text.length > limit ? { ...body, text: body.text.slice(0, limit), truncated: true } : { ...body, truncated: false };
}
