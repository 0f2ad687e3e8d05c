// The store-and-forward rule of common/schemas/central.ts as one decision, with no I/O: given what the central service
// holds for a site (the identity of the database it last heard from and the sequence it acknowledged) and a batch's
// identity and sequences, whether to apply it (and whether it replaces everything held) or to refuse it and say
// where the hub must go on from.

export interface HeldState {
  databaseId: string | null;
  acked: number;
}

export interface BatchHeader {
  databaseId: string;
  fromSeq: number;
  toSeq: number;
  headSeq: number;
}

export type PushDecision =
  | { kind: 'apply'; replace: boolean; acked: number }
  | { kind: 'refuse'; code: 'central-gap' | 'central-resync' | 'central-rewound'; acked: number };

export function decidePush(held: HeldState, batch: BatchHeader): PushDecision {
  if (held.databaseId !== batch.databaseId) {
    // A database the central service has not heard from (a first push, or a restored backup) starts over, from 0.
    if (batch.fromSeq > 0) return { kind: 'refuse', code: 'central-resync', acked: 0 };
    return { kind: 'apply', replace: true, acked: batch.toSeq };
  }
  // The same database with fewer changes than were acknowledged: copied back by hand. Its rows cannot be told apart
  // from the ones held, so the hub takes a new identity and sends everything again.
  if (batch.headSeq < held.acked) return { kind: 'refuse', code: 'central-rewound', acked: 0 };
  if (batch.fromSeq > held.acked) return { kind: 'refuse', code: 'central-gap', acked: held.acked };
  // A batch from at or before the acknowledged point is applied (a resend after a lost answer); each row keeps its
  // newer sequence, so an old copy of a row never overwrites a newer one.
  return { kind: 'apply', replace: false, acked: Math.max(held.acked, batch.toSeq) };
}

/** The first id that appears twice among a batch's rows of one kind, if any: such a batch is malformed. */
export function repeatedId(rows: readonly { id: number }[]): number | undefined {
  const seen = new Set<number>();
  for (const { id } of rows) {
    if (seen.has(id)) return id;
    seen.add(id);
  }
  return undefined;
}
