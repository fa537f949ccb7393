import type { DocumentNode, FieldNode, FragmentNode, OperationNode, SelectionNode } from "./document-nodes";
import { collectFields } from "./collect-fields";
import { isGraphObject, type FieldDirectives, type GraphArgs, type GraphObject, type GraphValue } from "./graph-object";
import { GraphqlRequestError } from "./graphql-error";
import { mutationCost, requestedCost } from "./query-cost";
import { coerceVariables, resolveArguments, type Variables } from "./resolve-values";

export type PreparedOperation = {
  operation: OperationNode;
  variables: Variables;
  fragments: ReadonlyMap<string, FragmentNode>;
  declared: ReadonlySet<string>;
  requestedCost: number;
};

/** Picks the operation to run (by name when the document holds several) and coerces its variables. */
export function prepareOperation(document: DocumentNode, operationName: string | undefined, provided: Variables): PreparedOperation {
  const operation =
    operationName !== undefined && operationName !== ""
      ? document.operations.find((candidate) => candidate.name === operationName)
      : document.operations.length === 1
        ? document.operations[0]
        : undefined;
  if (operation === undefined) {
    const message =
      document.operations.length === 0
        ? "No operations in query document"
        : operationName
          ? `No operation named "${operationName}"`
          : "An operation name is required";
    throw new GraphqlRequestError(message, { code: "operationNotFound" });
  }
  if (operation.operation === "subscription") {
    throw new GraphqlRequestError("Subscriptions are not supported by the Admin API", { code: "subscriptionUnsupported" });
  }
  const variables = coerceVariables(operation, provided);
  return {
    operation,
    variables,
    fragments: document.fragments,
    declared: new Set(operation.variables.map((definition) => definition.name)),
    requestedCost: requestedCost(operation.selectionSet, operation.operation, document.fragments, variables),
  };
}

export type ExecutionResult = { data: Record<string, unknown>; actualCost: number };

/** Runs the operation against a root object; any request error aborts the whole request (no partial data). */
export function executeOperation(prepared: PreparedOperation, root: GraphObject): ExecutionResult {
  let actualCost = 0;
  const { variables, fragments, declared } = prepared;

  const completeObject = (object: GraphObject, selections: readonly SelectionNode[], path: (string | number)[]): Record<string, unknown> => {
    actualCost += object.cost;
    const result: Record<string, unknown> = {};
    for (const field of collectFields(selections, { name: object.typename, interfaces: object.interfaces }, fragments, variables)) {
      const key = field.alias ?? field.name;
      result[key] = resolveField(object, field, [...path, key]);
    }
    return result;
  };

  const resolveField = (object: GraphObject, field: FieldNode, path: (string | number)[]): unknown => {
    if (field.name === "__typename") return object.typename;
    const resolver = object.fields[field.name];
    if (resolver === undefined) {
      throw new GraphqlRequestError(
        `Field '${field.name}' doesn't exist on type '${object.typename}'`,
        { code: "undefinedField", typeName: object.typename, fieldName: field.name },
        [field.location],
        path,
      );
    }
    const args: GraphArgs = resolveArguments(field.arguments, variables, declared);
    const directives: FieldDirectives = new Map(
      field.directives.map((directive) => [directive.name, resolveArguments(directive.arguments, variables, declared)]),
    );
    let value: GraphValue;
    try {
      value = resolver(args, directives);
    } catch (error) {
      if (error instanceof GraphqlRequestError && error.path.length === 0) {
        throw new GraphqlRequestError(error.message, error.extensions, [field.location], path);
      }
      throw error;
    }
    return completeValue(value, field, path);
  };

  const completeValue = (value: GraphValue, field: FieldNode, path: (string | number)[]): unknown => {
    if (value === null || value === undefined) return null;
    if (Array.isArray(value)) {
      return value.map((item: GraphValue, index) => completeValue(item, field, [...path, index]));
    }
    if (isGraphObject(value)) {
      if (field.selectionSet === undefined) {
        throw new GraphqlRequestError(
          `Field must have selections (field '${field.name}' returns ${value.typename} but has no selections. Did you mean '${field.name} { ... }'?)`,
          { code: "selectionMismatch", nodeName: `field '${field.name}'`, typeName: value.typename },
          [field.location],
          path,
        );
      }
      return completeObject(value, field.selectionSet, path);
    }
    if (field.selectionSet !== undefined) {
      throw new GraphqlRequestError(
        `Selections can't be made on scalars (field '${field.name}' returns a scalar but has selections)`,
        { code: "selectionMismatch", nodeName: `field '${field.name}'` },
        [field.location],
        path,
      );
    }
    return value;
  };

  const data = completeObject(root, prepared.operation.selectionSet, []);
  if (prepared.operation.operation === "mutation") {
    actualCost = collectFields(prepared.operation.selectionSet, null, fragments, variables).length * mutationCost;
  }
  return { data, actualCost };
}
