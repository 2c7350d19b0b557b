/** Matches with their competition and open stands in one round trip (json_agg keeps it one row per match).
 * The club's name is users' data: the service adds it through ClubsService. */
export const MATCH_SELECT = `
  SELECT m.id, m.club_id, m.opponent, m.kickoff_at, m.venue, m.competition_id,
         comp.name AS competition_name, m.status,
         coalesce(json_agg(json_build_object(
           'standId', s.id, 'name', s.name, 'priceAmount', ms.price_amount, 'priceCurrency', ms.price_currency,
           'quota', ms.quota, 'reserved', ms.reserved) ORDER BY s.name) FILTER (WHERE s.id IS NOT NULL), '[]') AS stands
  FROM match m
  LEFT JOIN competition comp ON comp.id = m.competition_id
  LEFT JOIN match_stand ms ON ms.match_id = m.id
  LEFT JOIN stand s ON s.id = ms.stand_id`;

export const MATCH_GROUP = `GROUP BY m.id, comp.name`;
