/** One message to send once (key) to one chat, through the delivery queue. */
export interface RelayMessageJob {
  key: string;
  chatId: string;
  text: string;
}

/** A new item announced to one subscriber. */
export interface AnnouncementJob {
  type: 'film' | 'series' | 'season' | 'episode';
  id: string;
  chatId: string;
}
