import { z } from "zod";

const jsonObjectSchema = z.record(z.string(), z.unknown());

export type DecodedBody =
  /** UTF-8 text holding one JSON object: `text` is exactly the body received. */
  | { text: string; object: Record<string, unknown> }
  /** Anything else. `text` is the body decoded leniently, NUL replaced (Postgres text cannot hold it). */
  | { text: string; object: null };

/** Decodes a verified body as a JSON object, or says it is not one — without throwing. */
export function decodeJsonObjectBody(bytes: Uint8Array): DecodedBody {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return { text: new TextDecoder("utf-8").decode(bytes).replaceAll("\u0000", "\uFFFD"), object: null };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { text: text.replaceAll("\u0000", "\uFFFD"), object: null };
  }
  const object = jsonObjectSchema.safeParse(json);
  return object.success ? { text, object: object.data } : { text, object: null };
}

/** The bytes of a body given as bytes or as text (tests and callers may hold either). */
export function bodyBytes(rawBody: Uint8Array | string): Uint8Array {
  return typeof rawBody === "string" ? new TextEncoder().encode(rawBody) : rawBody;
}
