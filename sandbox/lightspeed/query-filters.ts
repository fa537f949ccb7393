import { parseLightspeedTime } from "./lightspeed-time-format";

/**
 * R-Series query filters: the operator sits inside the value, before a comma, e.g. `timeStamp=>=,2026-03-01T00:00:00`
 * (sent URL-encoded as `%3E%3D%2C…`). Supported: `=` (also without an operator), `!=`, `>`, `>=`, `<`, `<=`,
 * `><,a,b` (between), `~,pattern` (like, `%` wildcards), `!~`, `IN,[a,b,…]` (at most 100 values).
 */

export type FieldKind = "id" | "number" | "text" | "time" | "boolean" | "phone";
export type FieldValue = string | number | boolean | null;
export type FieldSpec<Record> = {
  kind: FieldKind;
  sortable?: boolean;
  get: (record: Record) => FieldValue | FieldValue[];
};

type Comparable = string | number | boolean;
export type Condition = (value: FieldValue | FieldValue[]) => boolean;

const OPERATOR = /^(>=|<=|!=|><|!~|>|<|=|~|IN),([\s\S]*)$/;

function digits(value: string): string {
  return value.replace(/\D/g, "");
}

/** Turns an operand into a comparable of the field's kind; null when it cannot be read. */
function operandFor(kind: FieldKind, raw: string): Comparable | null {
  switch (kind) {
    case "time":
      return parseLightspeedTime(raw);
    case "id":
    case "number": {
      const number = Number(raw);
      return raw.trim() !== "" && Number.isFinite(number) ? number : null;
    }
    case "boolean":
      return raw === "true" || raw === "1" ? true : raw === "false" || raw === "0" ? false : null;
    case "phone":
      return digits(raw);
    case "text":
      return raw.toLowerCase();
  }
}

function valueFor(kind: FieldKind, value: FieldValue): Comparable | null {
  if (value === null) return null;
  if (kind === "phone") return digits(String(value));
  if (kind === "text") return String(value).toLowerCase();
  return value;
}

function likePattern(pattern: string): RegExp {
  const escaped = pattern.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/%/g, ".*").replace(/_/g, ".");
  return new RegExp(`^${escaped}$`, "i");
}

/** Parses one filter value for a field; an error message when the operand does not fit the field. */
export function parseCondition(kind: FieldKind, raw: string): Condition | { error: string } {
  const match = OPERATOR.exec(raw);
  const operator = match?.[1] ?? "=";
  const operandText = match?.[2] ?? raw;

  if (operator === "~" || operator === "!~") {
    const pattern = likePattern(kind === "phone" ? `%${digits(operandText)}%` : operandText);
    const test = (value: FieldValue) =>
      value !== null && pattern.test(kind === "phone" ? digits(String(value)) : String(value));
    return anyOf((value) => (operator === "~" ? test(value) : !test(value)));
  }
  if (operator === "IN") {
    const listed = operandText.replace(/^\[|\]$/g, "").split(",").map((part) => part.trim().replace(/^"|"$/g, ""));
    if (listed.length > 100) return { error: "IN accepts at most 100 values" };
    const operands = listed.map((part) => operandFor(kind, part));
    if (operands.some((operand) => operand === null)) return { error: `Invalid value in IN list: ${operandText}` };
    return anyOf((value) => {
      const comparable = valueFor(kind, value);
      return comparable !== null && operands.includes(comparable);
    });
  }
  if (operator === "><") {
    const [lowText, highText] = operandText.split(",");
    const low = operandFor(kind, lowText ?? "");
    const high = operandFor(kind, highText ?? "");
    if (low === null || high === null) return { error: `Invalid range: ${operandText}` };
    return anyOf((value) => {
      const comparable = valueFor(kind, value);
      return comparable !== null && comparable >= low && comparable <= high;
    });
  }
  const operand = operandFor(kind, operandText);
  if (operand === null) return { error: `Invalid value: ${operandText}` };
  return anyOf((value) => {
    const comparable = valueFor(kind, value);
    if (comparable === null) return operator === "!=";
    switch (operator) {
      case "!=":
        return comparable !== operand;
      case ">":
        return comparable > operand;
      case ">=":
        return comparable >= operand;
      case "<":
        return comparable < operand;
      case "<=":
        return comparable <= operand;
      default:
        return comparable === operand;
    }
  });
}

/** A field with several values (a customer's emails) matches when any of them does. */
function anyOf(test: (value: FieldValue) => boolean): Condition {
  return (value) => (Array.isArray(value) ? value.some(test) : test(value));
}
