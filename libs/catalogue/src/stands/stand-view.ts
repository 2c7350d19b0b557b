import type { Money } from '@guichet/common';
import type { Stand } from './stand.entity';

export interface StandView {
  id: string;
  clubId: string;
  name: string;
  capacity: number;
  price: Money;
}

export const standView = (stand: Stand): StandView => ({
  id: stand.id,
  clubId: stand.clubId,
  name: stand.name,
  capacity: stand.capacity,
  price: { amount: stand.priceAmount, currency: stand.priceCurrency },
});
