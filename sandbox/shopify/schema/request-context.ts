import type { SandboxContext } from "../sandbox-context";
import type { StoreState } from "../state/store-state";

/** What every resolver of one request sees. `bulk` is set while a bulk operation runs its query. */
export type RequestContext = { sandbox: SandboxContext; store: StoreState; apiVersion: string; bulk: boolean };
