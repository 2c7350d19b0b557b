/** French short month names as `fr-BE` writes them (`5 déc. 2026, 15:00`), for labels built in SQL. */
const FR_MONTHS = `ARRAY['janv.','févr.','mars','avr.','mai','juin','juil.','août','sept.','oct.','nov.','déc.']`;

/** `13 mars 2027, 15:00`: the kickoff `at` (a timestamptz expression) as a seat order line writes it, in Brussels time. */
export const kickoffLabel = (at: string): string => {
  const local = `(${at} AT TIME ZONE 'Europe/Brussels')`;
  return `extract(day FROM ${local})::int || ' ' || (${FR_MONTHS})[extract(month FROM ${local})::int] || ' ' || extract(year FROM ${local})::int || ', ' || to_char(${local}, 'HH24:MI')`;
};

/**
 * A match moved: the seat lines of its orders say the new kickoff (`Tribune Nord — vs FC Uccle, 13 mars 2027, 15:00`),
 * as the order and ticket pages around them do. $1 match, $2 stand ids, $3 their names, $4 opponent, $5 kickoff.
 */
export const RELABEL_MATCH_SEATS = `
UPDATE order_item i SET label = s.name || ' — vs ' || $4 || ', ' || ${kickoffLabel('$5::timestamptz')}
FROM unnest($2::uuid[], $3::text[]) AS s(stand_id, name)
WHERE i.match_id = $1 AND i.kind = 'seat' AND i.stand_id = s.stand_id`;
