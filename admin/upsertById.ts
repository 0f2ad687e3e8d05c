/** The list with `item` in place of the entry with its id, or added at the end: an action's answer and its event may
 *  arrive in either order, and applying both changes nothing more. */
export function upsertById<T extends { id: number }>(list: readonly T[], item: T): T[] {
  return list.some((entry) => entry.id === item.id) ? list.map((entry) => (entry.id === item.id ? item : entry)) : [...list, item];
}
