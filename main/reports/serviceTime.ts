// A visit's service time, one definition for the visits export (service_seconds) and the staffing forecast: the
// time at the desk of the visits that finished the ticket, from the visitor's arrival at the desk to the finish;
// a ticket transferred on counts only the desk that finished it. SQL over a ticket aliased `t`.
export const SERVICE_MS_SQL = `(SELECT SUM(v.ended_at - v.started_at) FROM visits v WHERE v.ticket_id = t.id AND v.outcome = 'finished' AND v.started_at IS NOT NULL)`;
