import type { DirectiveNode, FieldNode, FragmentNode, SelectionNode } from "./document-nodes";
import { GraphqlRequestError } from "./graphql-error";
import { resolveArguments, type Variables } from "./resolve-values";

/** True unless `@skip(if: true)` or `@include(if: false)` removes the selection. */
function isIncluded(directives: readonly DirectiveNode[], variables: Variables): boolean {
  for (const directive of directives) {
    const args = resolveArguments(directive.arguments, variables);
    if (directive.name === "skip" && args.if === true) return false;
    if (directive.name === "include" && args.if === false) return false;
  }
  return true;
}

/**
 * The fields a selection set asks of an object of type `typename` (`null` = any type: used for cost), with
 * inline fragments and fragment spreads expanded.
 */
export function collectFields(
  selections: readonly SelectionNode[],
  typename: { name: string; interfaces: readonly string[] } | null,
  fragments: ReadonlyMap<string, FragmentNode>,
  variables: Variables,
): FieldNode[] {
  const fields: FieldNode[] = [];
  const applies = (condition: string | undefined): boolean =>
    condition === undefined || typename === null || condition === typename.name || typename.interfaces.includes(condition);
  for (const selection of selections) {
    if (!isIncluded(selection.directives, variables)) continue;
    if (selection.kind === "Field") {
      fields.push(selection);
    } else if (selection.kind === "InlineFragment") {
      if (applies(selection.typeCondition)) fields.push(...collectFields(selection.selectionSet, typename, fragments, variables));
    } else {
      const fragment = fragments.get(selection.name);
      if (fragment === undefined) {
        throw new GraphqlRequestError(`Fragment ${selection.name} was used, but not defined`, { code: "useAndDefineFragment" });
      }
      if (applies(fragment.typeCondition)) fields.push(...collectFields(fragment.selectionSet, typename, fragments, variables));
    }
  }
  return fields;
}
