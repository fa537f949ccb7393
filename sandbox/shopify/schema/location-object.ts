import { graphObject, type GraphObject } from "../graphql/graph-object";
import { gid } from "../state/gid";
import type { LocationState } from "../state/store-state";

export function locationObject(location: LocationState): GraphObject {
  return graphObject(
    "Location",
    {
      id: () => gid("Location", location.id),
      legacyResourceId: () => String(location.id),
      name: () => location.name,
      isActive: () => true,
    },
    { interfaces: ["Node"] },
  );
}
