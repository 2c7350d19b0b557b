import type { EntityManager } from 'typeorm';

/** Voiding is final: a used ticket stays used (history), a valid one can no longer enter. */
export async function voidTicketsOfOrder(manager: EntityManager, orderId: string): Promise<void> {
  await manager.query(`UPDATE ticket SET status = 'void' WHERE order_id = $1 AND status = 'valid'`, [orderId]);
}
