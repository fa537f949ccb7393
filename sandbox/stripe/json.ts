/** JSON as the sandbox stores and sends it: every Stripe object is a plain JSON value. */
export type JsonValue = string | number | boolean | null | JsonValue[] | JsonObject;
export type JsonObject = { [key: string]: JsonValue };

export function isJsonObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function cloneJson<Value extends JsonValue>(value: Value): Value {
  return structuredClone(value);
}
