// Both admin forms post a body and either hand over the created record or show the hub's reason inline.
import { useState } from 'preact/hooks';
import type { z } from 'zod';
import { apiPost } from '../ui/apiClient.ts';

export function useCreate<T>(path: string, schema: z.ZodType<T>, onCreated: (created: T) => void) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const create = async (body: unknown): Promise<boolean> => {
    setBusy(true);
    setError(null);
    try {
      const { data } = await apiPost(path, body, schema);
      if (data !== null) onCreated(data);
      return true;
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { create, error, busy };
}
