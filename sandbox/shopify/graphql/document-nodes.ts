/** The executable subset of a GraphQL document: operations, fragments, fields, arguments, directives. */
export type ValueNode =
  | { kind: "Variable"; name: string }
  | { kind: "Int"; value: number }
  | { kind: "Float"; value: number }
  | { kind: "String"; value: string }
  | { kind: "Boolean"; value: boolean }
  | { kind: "Null" }
  | { kind: "Enum"; value: string }
  | { kind: "List"; values: ValueNode[] }
  | { kind: "Object"; fields: { name: string; value: ValueNode }[] };

export type ArgumentNode = { name: string; value: ValueNode };
export type DirectiveNode = { name: string; arguments: ArgumentNode[] };
export type Location = { line: number; column: number };

export type FieldNode = {
  kind: "Field";
  alias: string | undefined;
  name: string;
  arguments: ArgumentNode[];
  directives: DirectiveNode[];
  selectionSet: SelectionNode[] | undefined;
  location: Location;
};
export type InlineFragmentNode = {
  kind: "InlineFragment";
  typeCondition: string | undefined;
  directives: DirectiveNode[];
  selectionSet: SelectionNode[];
};
export type FragmentSpreadNode = { kind: "FragmentSpread"; name: string; directives: DirectiveNode[] };
export type SelectionNode = FieldNode | InlineFragmentNode | FragmentSpreadNode;

export type VariableDefinitionNode = { name: string; type: string; nonNull: boolean; defaultValue: ValueNode | undefined };

export type OperationNode = {
  operation: "query" | "mutation" | "subscription";
  name: string | undefined;
  variables: VariableDefinitionNode[];
  selectionSet: SelectionNode[];
};
export type FragmentNode = { name: string; typeCondition: string; selectionSet: SelectionNode[] };

export type DocumentNode = { operations: OperationNode[]; fragments: ReadonlyMap<string, FragmentNode> };
