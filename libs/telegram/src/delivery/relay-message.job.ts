/** One message to send once (key) to one chat, through the delivery queue. */
export interface RelayMessageJob {
  key: string;
  chatId: string;
  text: string;
}

/** A new item announced to one subscriber (a match: to one follower of its club). */
export interface NewItemAnnouncement {
  type: 'film' | 'series' | 'season' | 'episode' | 'match';
  id: string;
  chatId: string;
}

/** A followed club's match moved: told to one follower, once per edit. */
export interface MatchMovedAnnouncement {
  type: 'match-moved';
  id: string;
  chatId: string;
  change: string;
  was: { kickoffAt: string; venue: 'home' | 'away' };
}

export type AnnouncementJob = NewItemAnnouncement | MatchMovedAnnouncement;
