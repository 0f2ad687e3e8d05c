// "You said, we did" in the database: an administrator records one, every screen may read the current ones, and
// retiring one takes it off the screens while keeping it on record. Each change is one public event, so the wall
// display picks it up without a reload.
import type { HubContext } from '../context.ts';
import type { CreateImprovementBody, Improvement, ImprovementList, ImprovementTexts } from '../../common/schemas/improvements.ts';
import { conflict, notFound } from '../problems.ts';

interface ImprovementRow {
  id: number;
  said: string;
  did: string;
  created_at: number;
  retired_at: number | null;
}

const toImprovement = (row: ImprovementRow): Improvement => ({
  id: row.id,
  said: JSON.parse(row.said) as ImprovementTexts,
  did: JSON.parse(row.did) as ImprovementTexts,
  createdAt: new Date(row.created_at).toISOString(),
  retiredAt: row.retired_at === null ? null : new Date(row.retired_at).toISOString(),
});

/** Only the languages given: zod leaves an optional key that was left out absent, never undefined in the JSON. */
const textsJson = (texts: ImprovementTexts) => JSON.stringify(Object.fromEntries(Object.entries(texts).filter(([, text]) => text !== undefined)));

function improvementRow(ctx: HubContext, id: number): ImprovementRow {
  const row = ctx.db.prepare<[number], ImprovementRow>('SELECT id, said, did, created_at, retired_at FROM improvements WHERE id = ?').get(id);
  if (!row) throw notFound('improvement-not-found', `there is no improvement with id ${id}`);
  return row;
}

export function createImprovement(ctx: HubContext, body: CreateImprovementBody): Improvement {
  return ctx.writer.write((emit, now) => {
    const id = Number(
      ctx.db.prepare('INSERT INTO improvements (said, did, created_at) VALUES (?, ?, ?)').run(textsJson(body.said), textsJson(body.did), now).lastInsertRowid,
    );
    const improvement = toImprovement(improvementRow(ctx, id));
    emit({ type: 'improvement.created', improvement });
    return improvement;
  });
}

export function retireImprovement(ctx: HubContext, id: number): Improvement {
  return ctx.writer.write((emit, now) => {
    if (improvementRow(ctx, id).retired_at !== null) throw conflict('improvement-retired', `improvement ${id} is already retired`);
    ctx.db.prepare('UPDATE improvements SET retired_at = ? WHERE id = ?').run(now, id);
    const improvement = toImprovement(improvementRow(ctx, id));
    emit({ type: 'improvement.retired', improvement });
    return improvement;
  });
}

export function currentImprovements(ctx: HubContext): ImprovementList {
  const rows = ctx.db.prepare<[], ImprovementRow>('SELECT id, said, did, created_at, retired_at FROM improvements WHERE retired_at IS NULL ORDER BY id').all();
  return { improvements: rows.map(toImprovement) };
}
