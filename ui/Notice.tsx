// A message the user must notice: errors interrupt (alert), everything else is announced politely (status).
import type { ComponentChildren } from 'preact';

export function Notice({ kind = 'info', children }: { kind?: 'info' | 'error'; children: ComponentChildren }) {
  return (
    <p class={kind === 'error' ? 'notice notice--error' : 'notice'} role={kind === 'error' ? 'alert' : 'status'}>
      {children}
    </p>
  );
}
