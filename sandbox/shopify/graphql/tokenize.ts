import { GraphqlRequestError } from "./graphql-error";

export type Token = {
  kind: "punct" | "name" | "int" | "float" | "string" | "eof";
  value: string;
  line: number;
  column: number;
};

const punctuators = new Set(["!", "$", "&", "(", ")", ":", "=", "@", "[", "]", "{", "|", "}"]);

/** Splits a GraphQL document into tokens; commas, white space and comments are insignificant. */
export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const at = (): { line: number; column: number } => ({ line, column: i - lineStart + 1 });
  const fail = (message: string): never => {
    const { line: l, column } = at();
    throw new GraphqlRequestError(`${message} at [${l}, ${column}]`, { code: "parseError" }, [{ line: l, column }]);
  };

  while (i < source.length) {
    const ch = source[i] ?? "";
    if (ch === "\n") {
      i += 1;
      line += 1;
      lineStart = i;
      continue;
    }
    if (ch === " " || ch === "\t" || ch === "\r" || ch === "," || ch === "\uFEFF") {
      i += 1;
      continue;
    }
    if (ch === "#") {
      while (i < source.length && source[i] !== "\n") i += 1;
      continue;
    }
    const start = at();
    if (source.startsWith("...", i)) {
      tokens.push({ kind: "punct", value: "...", ...start });
      i += 3;
      continue;
    }
    if (punctuators.has(ch)) {
      tokens.push({ kind: "punct", value: ch, ...start });
      i += 1;
      continue;
    }
    if (/[A-Za-z_]/.test(ch)) {
      let j = i + 1;
      while (j < source.length && /[A-Za-z0-9_]/.test(source[j] ?? "")) j += 1;
      tokens.push({ kind: "name", value: source.slice(i, j), ...start });
      i = j;
      continue;
    }
    if (/[-0-9]/.test(ch)) {
      const match = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(source.slice(i));
      if (match === null) fail(`Parse error on "${ch}"`);
      const text = match?.[0] ?? "";
      tokens.push({ kind: match?.[2] !== undefined || match?.[3] !== undefined ? "float" : "int", value: text, ...start });
      i += text.length;
      continue;
    }
    if (source.startsWith('"""', i)) {
      const end = source.indexOf('"""', i + 3);
      if (end < 0) fail("Unterminated block string");
      const raw = source.slice(i + 3, end);
      tokens.push({ kind: "string", value: raw.replace(/\\"""/g, '"""'), ...start });
      for (const c of raw) if (c === "\n") line += 1;
      i = end + 3;
      continue;
    }
    if (ch === '"') {
      let j = i + 1;
      let value = "";
      while (j < source.length && source[j] !== '"') {
        const c = source[j] ?? "";
        if (c === "\n") fail("Unterminated string");
        if (c === "\\") {
          const next = source[j + 1] ?? "";
          const escapes: Record<string, string> = { n: "\n", t: "\t", r: "\r", b: "\b", f: "\f", '"': '"', "\\": "\\", "/": "/" };
          if (next === "u") {
            value += String.fromCharCode(parseInt(source.slice(j + 2, j + 6), 16));
            j += 6;
            continue;
          }
          value += escapes[next] ?? next;
          j += 2;
          continue;
        }
        value += c;
        j += 1;
      }
      if (j >= source.length) fail("Unterminated string");
      tokens.push({ kind: "string", value, ...start });
      i = j + 1;
      continue;
    }
    fail(`Parse error on "${ch}"`);
  }
  tokens.push({ kind: "eof", value: "", ...at() });
  return tokens;
}
