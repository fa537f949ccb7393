/**
 * The subset of CEL (SDK spec §1.3.1) the engine evaluates: trigger `if`s, concurrency and idempotency keys and
 * `waitForEvent` matches. Supported: `event.data.sku`-style paths (also `a["b"]`, `a[0]`), string, number, bool
 * and null literals, `+ - * / %`, comparisons, `&& || !`, `in` (for lists) and parentheses. Anything else is
 * refused when the expression is compiled, so a function that needs more fails loudly instead of matching wrongly.
 */
export type Expression = { source: string; evaluate: (context: Record<string, unknown>) => unknown };

type Token =
  | { kind: "number"; value: number }
  | { kind: "string"; value: string }
  | { kind: "identifier"; value: string }
  | { kind: "operator"; value: string };

type Node =
  | { kind: "literal"; value: unknown }
  | { kind: "identifier"; name: string }
  | { kind: "member"; object: Node; property: Node }
  | { kind: "unary"; operator: string; operand: Node }
  | { kind: "binary"; operator: string; left: Node; right: Node }
  | { kind: "list"; items: Node[] };

const operators = ["==", "!=", "<=", ">=", "&&", "||", "<", ">", "+", "-", "*", "/", "%", "!", "(", ")", "[", "]", ".", ","];

export class ExpressionError extends Error {
  override name = "ExpressionError";
}

export function compileExpression(source: string): Expression {
  const tokens = tokenize(source);
  const parser = new Parser(tokens, source);
  const tree = parser.parseExpression();
  parser.expectEnd();
  return { source, evaluate: (context) => evaluate(tree, context) };
}

/** A value as a key string: strings as they are, everything else as JSON (missing → empty). */
export function expressionValueToKey(value: unknown): string {
  if (typeof value === "string") return value;
  if (value === undefined || value === null) return "";
  return JSON.stringify(value);
}

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  while (index < source.length) {
    const char = source.charAt(index);
    if (/\s/.test(char)) {
      index += 1;
      continue;
    }
    if (/[0-9]/.test(char)) {
      const match = /^\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(source.slice(index));
      const text = match?.[0] ?? char;
      tokens.push({ kind: "number", value: Number(text) });
      index += text.length;
      continue;
    }
    if (char === '"' || char === "'") {
      let value = "";
      let cursor = index + 1;
      while (cursor < source.length && source.charAt(cursor) !== char) {
        if (source.charAt(cursor) === "\\" && cursor + 1 < source.length) {
          const escaped = source.charAt(cursor + 1);
          value += escaped === "n" ? "\n" : escaped === "t" ? "\t" : escaped;
          cursor += 2;
          continue;
        }
        value += source.charAt(cursor);
        cursor += 1;
      }
      if (cursor >= source.length) throw new ExpressionError(`Unterminated string in expression: ${source}`);
      tokens.push({ kind: "string", value });
      index = cursor + 1;
      continue;
    }
    if (/[A-Za-z_]/.test(char)) {
      const match = /^[A-Za-z_][A-Za-z0-9_]*/.exec(source.slice(index));
      const text = match?.[0] ?? char;
      tokens.push({ kind: "identifier", value: text });
      index += text.length;
      continue;
    }
    const operator = operators.find((candidate) => source.startsWith(candidate, index));
    if (!operator) throw new ExpressionError(`Unsupported character "${char}" in expression: ${source}`);
    tokens.push({ kind: "operator", value: operator });
    index += operator.length;
  }
  return tokens;
}

class Parser {
  private position = 0;

  constructor(
    private readonly tokens: Token[],
    private readonly source: string,
  ) {}

  parseExpression(): Node {
    return this.parseBinary(0);
  }

  expectEnd(): void {
    const token = this.tokens[this.position];
    if (token) throw new ExpressionError(`Unexpected "${String(token.value)}" in expression: ${this.source}`);
  }

  private static readonly precedence: string[][] = [
    ["||"],
    ["&&"],
    ["==", "!=", "in"],
    ["<", "<=", ">", ">="],
    ["+", "-"],
    ["*", "/", "%"],
  ];

  private parseBinary(level: number): Node {
    const levelOperators = Parser.precedence[level];
    if (!levelOperators) return this.parseUnary();
    let left = this.parseBinary(level + 1);
    for (;;) {
      const token = this.tokens[this.position];
      const operator =
        token && (token.kind === "operator" || (token.kind === "identifier" && token.value === "in")) ? String(token.value) : null;
      if (!operator || !levelOperators.includes(operator)) return left;
      this.position += 1;
      const right = this.parseBinary(level + 1);
      left = { kind: "binary", operator, left, right };
    }
  }

  private parseUnary(): Node {
    const token = this.tokens[this.position];
    if (token?.kind === "operator" && (token.value === "!" || token.value === "-")) {
      this.position += 1;
      return { kind: "unary", operator: token.value, operand: this.parseUnary() };
    }
    return this.parsePostfix(this.parsePrimary());
  }

  private parsePostfix(start: Node): Node {
    let node = start;
    for (;;) {
      const token = this.tokens[this.position];
      if (token?.kind === "operator" && token.value === ".") {
        const name = this.tokens[this.position + 1];
        if (name?.kind !== "identifier") throw new ExpressionError(`Expected a field name after "." in: ${this.source}`);
        this.position += 2;
        node = { kind: "member", object: node, property: { kind: "literal", value: name.value } };
        continue;
      }
      if (token?.kind === "operator" && token.value === "[") {
        this.position += 1;
        const property = this.parseExpression();
        this.expectOperator("]");
        node = { kind: "member", object: node, property };
        continue;
      }
      return node;
    }
  }

  private parsePrimary(): Node {
    const token = this.tokens[this.position];
    if (!token) throw new ExpressionError(`Unexpected end of expression: ${this.source}`);
    this.position += 1;
    if (token.kind === "number" || token.kind === "string") return { kind: "literal", value: token.value };
    if (token.kind === "identifier") {
      if (token.value === "true") return { kind: "literal", value: true };
      if (token.value === "false") return { kind: "literal", value: false };
      if (token.value === "null") return { kind: "literal", value: null };
      const next = this.tokens[this.position];
      if (next?.kind === "operator" && next.value === "(") {
        throw new ExpressionError(`Function calls (${token.value}()) are not supported by the local engine: ${this.source}`);
      }
      return { kind: "identifier", name: token.value };
    }
    if (token.value === "(") {
      const inner = this.parseExpression();
      this.expectOperator(")");
      return inner;
    }
    if (token.value === "[") {
      const items: Node[] = [];
      const closing = this.tokens[this.position];
      if (!(closing?.kind === "operator" && closing.value === "]")) {
        for (;;) {
          items.push(this.parseExpression());
          const separator = this.tokens[this.position];
          if (separator?.kind === "operator" && separator.value === ",") {
            this.position += 1;
            continue;
          }
          break;
        }
      }
      this.expectOperator("]");
      return { kind: "list", items };
    }
    throw new ExpressionError(`Unexpected "${String(token.value)}" in expression: ${this.source}`);
  }

  private expectOperator(value: string): void {
    const token = this.tokens[this.position];
    if (token?.kind !== "operator" || token.value !== value) throw new ExpressionError(`Expected "${value}" in expression: ${this.source}`);
    this.position += 1;
  }
}

function evaluate(node: Node, context: Record<string, unknown>): unknown {
  switch (node.kind) {
    case "literal":
      return node.value;
    case "identifier":
      return Object.hasOwn(context, node.name) ? context[node.name] : null;
    case "list":
      return node.items.map((item) => evaluate(item, context));
    case "member": {
      const object = evaluate(node.object, context);
      const property = evaluate(node.property, context);
      if (Array.isArray(object) && typeof property === "number") return object[property] ?? null;
      if (typeof object === "object" && object !== null && (typeof property === "string" || typeof property === "number")) {
        const key = String(property);
        const entry = Object.entries(object).find(([name]) => name === key);
        return entry ? (entry[1] ?? null) : null;
      }
      return null;
    }
    case "unary": {
      const operand = evaluate(node.operand, context);
      return node.operator === "!" ? !truthy(operand) : typeof operand === "number" ? -operand : null;
    }
    case "binary":
      return evaluateBinary(node.operator, node.left, node.right, context);
  }
}

function evaluateBinary(operator: string, leftNode: Node, rightNode: Node, context: Record<string, unknown>): unknown {
  if (operator === "&&") return truthy(evaluate(leftNode, context)) && truthy(evaluate(rightNode, context));
  if (operator === "||") return truthy(evaluate(leftNode, context)) || truthy(evaluate(rightNode, context));
  const left = evaluate(leftNode, context);
  const right = evaluate(rightNode, context);
  switch (operator) {
    case "==":
      return deepEqual(left, right);
    case "!=":
      return !deepEqual(left, right);
    case "in":
      return Array.isArray(right) ? right.some((item) => deepEqual(item, left)) : typeof right === "object" && right !== null && typeof left === "string" ? Object.hasOwn(right, left) : false;
    case "<":
    case "<=":
    case ">":
    case ">=":
      return compare(operator, left, right);
    case "+":
      if (typeof left === "number" && typeof right === "number") return left + right;
      if (typeof left === "string" && typeof right === "string") return left + right;
      if (Array.isArray(left) && Array.isArray(right)) return [...left, ...right];
      return null;
    default:
      if (typeof left !== "number" || typeof right !== "number") return null;
      if (operator === "-") return left - right;
      if (operator === "*") return left * right;
      if (operator === "/") return right === 0 ? null : left / right;
      return right === 0 ? null : left % right;
  }
}

function compare(operator: string, left: unknown, right: unknown): boolean {
  if (typeof left === "number" && typeof right === "number") return compareOrdered(operator, left, right);
  if (typeof left === "string" && typeof right === "string") return compareOrdered(operator, left, right);
  return false;
}

function compareOrdered<T extends number | string>(operator: string, a: T, b: T): boolean {
  if (operator === "<") return a < b;
  if (operator === "<=") return a <= b;
  if (operator === ">") return a > b;
  return a >= b;
}

function truthy(value: unknown): boolean {
  return value === true;
}

function deepEqual(a: unknown, b: unknown): boolean {
  if ((a ?? null) === (b ?? null)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const entriesA = Object.entries(a);
  const entriesB = new Map(Object.entries(b));
  if (entriesA.length !== entriesB.size) return false;
  return entriesA.every(([key, value]) => entriesB.has(key) && deepEqual(value, entriesB.get(key)));
}
