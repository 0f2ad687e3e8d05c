// Ticket numbers are what visitors hear and read on the wall, so they stay short: the service's prefix and a
// three-digit running number that restarts every business day ("A001"). A busy day may pass 999; the number then
// simply grows ("A1000") rather than wrapping and calling two visitors by the same name.

export function formatTicketNumber(prefix: string, sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1) throw new RangeError(`ticket sequence must be a positive integer, got ${sequence}`);
  return `${prefix}${String(sequence).padStart(3, '0')}`;
}
