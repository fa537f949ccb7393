import type { ArgumentNode, OperationNode, ValueNode } from "./document-nodes";
import { GraphqlRequestError } from "./graphql-error";

export type Variables = Readonly<Record<string, unknown>>;

/** Applies the operation's variable definitions: defaults, and non-null checks with graphql-ruby's wording. */
export function coerceVariables(operation: OperationNode, provided: Variables): Variables {
  const result: Record<string, unknown> = {};
  for (const definition of operation.variables) {
    let value = provided[definition.name];
    if (value === undefined && definition.defaultValue !== undefined) value = resolveValue(definition.defaultValue, {});
    if ((value === undefined || value === null) && definition.nonNull) {
      throw new GraphqlRequestError(
        `Variable $${definition.name} of type ${definition.type}! was provided invalid value`,
        { code: "INVALID_VARIABLE", value: value ?? null, problems: [{ path: [], explanation: "Expected value to not be null" }] },
      );
    }
    if (value !== undefined) result[definition.name] = value;
  }
  return result;
}

export function resolveValue(node: ValueNode, variables: Variables, declared?: ReadonlySet<string>): unknown {
  switch (node.kind) {
    case "Variable":
      if (declared !== undefined && !declared.has(node.name)) {
        throw new GraphqlRequestError(`Variable $${node.name} is used but not declared`, { code: "variableNotDefined" });
      }
      return variables[node.name];
    case "Int":
    case "Float":
    case "String":
    case "Boolean":
    case "Enum":
      return node.value;
    case "Null":
      return null;
    case "List":
      return node.values.map((value) => resolveValue(value, variables, declared));
    case "Object":
      return Object.fromEntries(node.fields.map((field) => [field.name, resolveValue(field.value, variables, declared)]));
  }
}

/** Arguments as plain values; an argument given as an unset variable is left out, as GraphQL specifies. */
export function resolveArguments(
  args: readonly ArgumentNode[],
  variables: Variables,
  declared?: ReadonlySet<string>,
): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const arg of args) {
    if (arg.value.kind === "Variable" && !(arg.value.name in variables)) {
      resolveValue(arg.value, variables, declared);
      continue;
    }
    result[arg.name] = resolveValue(arg.value, variables, declared);
  }
  return result;
}
