/** One message to send once (key) to one chat, through the delivery queue. */
export interface RelayMessageJob {
  key: string;
  chatId: string;
  text: string;
}

/** A new item announced to one subscriber (a match: to one follower of its club). */
export interface AnnouncementJob {
  type: 'film' | 'series' | 'season' | 'episode' | 'match';
  id: string;
  chatId: string;
}
