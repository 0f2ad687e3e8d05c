// What the writer knows of the request it serves: a hook that runs inside each change's transaction (the request's
// Idempotency-Key is bound to the change there) and whether a change has committed, so a failure after the commit is
// never answered as "nothing was changed". Carried by AsyncLocalStorage, so queue code passes nothing along.
import { AsyncLocalStorage } from 'node:async_hooks';

export interface WriteScope {
  /** Runs inside every write's transaction, before the change itself. */
  beside?: (nowMs: number) => void;
  /** Set when a write made for this request has committed. */
  committed: boolean;
}

const scopes = new AsyncLocalStorage<WriteScope>();

export const currentWriteScope = (): WriteScope | undefined => scopes.getStore();

export function inWriteScope<T>(scope: WriteScope, run: () => T): T {
  return scopes.run(scope, run);
}
