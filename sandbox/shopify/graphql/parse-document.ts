import type {
  ArgumentNode,
  DirectiveNode,
  DocumentNode,
  FragmentNode,
  OperationNode,
  SelectionNode,
  ValueNode,
  VariableDefinitionNode,
} from "./document-nodes";
import { GraphqlRequestError } from "./graphql-error";
import { tokenize, type Token } from "./tokenize";

/** Parses the executable part of GraphQL (no type-system definitions). Errors read like graphql-ruby's. */
export function parseDocument(source: string): DocumentNode {
  const tokens = tokenize(source);
  let index = 0;
  const peek = (): Token => tokens[index] ?? { kind: "eof", value: "", line: 0, column: 0 };
  const fail = (token: Token): never => {
    const shown = token.kind === "eof" ? "end of file" : `"${token.value}"`;
    throw new GraphqlRequestError(`Parse error on ${shown} at [${token.line}, ${token.column}]`, { code: "parseError" }, [
      { line: token.line, column: token.column },
    ]);
  };
  const next = (): Token => {
    const token = peek();
    index += 1;
    return token;
  };
  const isPunct = (value: string): boolean => peek().kind === "punct" && peek().value === value;
  const expectPunct = (value: string): void => {
    const token = next();
    if (token.kind !== "punct" || token.value !== value) fail(token);
  };
  const expectName = (): string => {
    const token = next();
    if (token.kind !== "name") fail(token);
    return token.value;
  };

  const parseValue = (constant: boolean): ValueNode => {
    const token = peek();
    if (token.kind === "punct" && token.value === "$" && !constant) {
      next();
      return { kind: "Variable", name: expectName() };
    }
    if (token.kind === "int" || token.kind === "float" || token.kind === "string" || token.kind === "name") next();
    if (token.kind === "int") return { kind: "Int", value: Number(token.value) };
    if (token.kind === "float") return { kind: "Float", value: Number(token.value) };
    if (token.kind === "string") return { kind: "String", value: token.value };
    if (token.kind === "name") {
      if (token.value === "true" || token.value === "false") return { kind: "Boolean", value: token.value === "true" };
      if (token.value === "null") return { kind: "Null" };
      return { kind: "Enum", value: token.value };
    }
    if (isPunct("[")) {
      next();
      const values: ValueNode[] = [];
      while (!isPunct("]")) values.push(parseValue(constant));
      next();
      return { kind: "List", values };
    }
    if (isPunct("{")) {
      next();
      const fields: { name: string; value: ValueNode }[] = [];
      while (!isPunct("}")) {
        const name = expectName();
        expectPunct(":");
        fields.push({ name, value: parseValue(constant) });
      }
      next();
      return { kind: "Object", fields };
    }
    return fail(token);
  };

  const parseArguments = (): ArgumentNode[] => {
    if (!isPunct("(")) return [];
    next();
    const args: ArgumentNode[] = [];
    while (!isPunct(")")) {
      const name = expectName();
      expectPunct(":");
      args.push({ name, value: parseValue(false) });
    }
    next();
    return args;
  };

  const parseDirectives = (): DirectiveNode[] => {
    const directives: DirectiveNode[] = [];
    while (isPunct("@")) {
      next();
      directives.push({ name: expectName(), arguments: parseArguments() });
    }
    return directives;
  };

  const parseSelectionSet = (): SelectionNode[] => {
    expectPunct("{");
    const selections: SelectionNode[] = [];
    while (!isPunct("}")) {
      if (peek().kind === "eof") fail(peek());
      if (isPunct("...")) {
        next();
        if (peek().kind === "name" && peek().value !== "on") {
          selections.push({ kind: "FragmentSpread", name: expectName(), directives: parseDirectives() });
          continue;
        }
        let typeCondition: string | undefined;
        if (peek().kind === "name" && peek().value === "on") {
          next();
          typeCondition = expectName();
        }
        const directives = parseDirectives();
        selections.push({ kind: "InlineFragment", typeCondition, directives, selectionSet: parseSelectionSet() });
        continue;
      }
      const first = peek();
      let name = expectName();
      let alias: string | undefined;
      if (isPunct(":")) {
        next();
        alias = name;
        name = expectName();
      }
      const args = parseArguments();
      const directives = parseDirectives();
      const selectionSet = isPunct("{") ? parseSelectionSet() : undefined;
      selections.push({
        kind: "Field",
        alias,
        name,
        arguments: args,
        directives,
        selectionSet,
        location: { line: first.line, column: first.column },
      });
    }
    next();
    return selections;
  };

  const parseType = (): { type: string; nonNull: boolean } => {
    let type: string;
    if (isPunct("[")) {
      next();
      const inner = parseType();
      expectPunct("]");
      type = `[${inner.type}${inner.nonNull ? "!" : ""}]`;
    } else {
      type = expectName();
    }
    const nonNull = isPunct("!");
    if (nonNull) next();
    return { type, nonNull };
  };

  const parseVariableDefinitions = (): VariableDefinitionNode[] => {
    if (!isPunct("(")) return [];
    next();
    const definitions: VariableDefinitionNode[] = [];
    while (!isPunct(")")) {
      expectPunct("$");
      const name = expectName();
      expectPunct(":");
      const { type, nonNull } = parseType();
      let defaultValue: ValueNode | undefined;
      if (isPunct("=")) {
        next();
        defaultValue = parseValue(true);
      }
      parseDirectives();
      definitions.push({ name, type, nonNull, defaultValue });
    }
    next();
    return definitions;
  };

  const operations: OperationNode[] = [];
  const fragments = new Map<string, FragmentNode>();
  while (peek().kind !== "eof") {
    if (isPunct("{")) {
      operations.push({ operation: "query", name: undefined, variables: [], selectionSet: parseSelectionSet() });
      continue;
    }
    const keyword = expectName();
    if (keyword === "fragment") {
      const name = expectName();
      if (expectName() !== "on") fail(tokens[index - 1] ?? peek());
      const typeCondition = expectName();
      parseDirectives();
      fragments.set(name, { name, typeCondition, selectionSet: parseSelectionSet() });
      continue;
    }
    if (keyword !== "query" && keyword !== "mutation" && keyword !== "subscription") fail(tokens[index - 1] ?? peek());
    const name = peek().kind === "name" ? expectName() : undefined;
    const variables = parseVariableDefinitions();
    parseDirectives();
    operations.push({
      operation: keyword === "mutation" ? "mutation" : keyword === "subscription" ? "subscription" : "query",
      name,
      variables,
      selectionSet: parseSelectionSet(),
    });
  }
  return { operations, fragments };
}
