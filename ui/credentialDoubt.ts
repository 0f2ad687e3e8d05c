// One channel for "is this screen still allowed in?". The API client raises a doubt on every 401 and the event
// stream after repeated refused reconnects (a browser never sees a WebSocket's status code); the auth gate is the one
// listener and asks the hub who this screen is. Screens opened with ?token= have no gate, so nobody listens.
type Listener = () => void;

const listeners = new Set<Listener>();

export function doubtCredential(): void {
  for (const listener of listeners) listener();
}

/** Returns the unsubscribe function. */
export function onCredentialDoubt(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
