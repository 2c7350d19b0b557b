import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ContentService, ContentType } from '@guichet/catalogue';
import { notFound } from '@guichet/common';
import { Role, UsersService } from '@guichet/users';
import { DataSource, EntityManager } from 'typeorm';
import { Entitlement } from './entitlement.entity';
import { ticketingError } from '../ticketing.errors';

export interface Grant {
  orderId?: string;
  grantedById?: string;
}

@Injectable()
export class EntitlementsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly content: ContentService,
    private readonly users: UsersService,
  ) {}

  /** Idempotent: owning something twice is owning it once. Returns true when it was new. */
  async grant(customerId: string, type: ContentType, id: string, grant: Grant = {}, manager: EntityManager = this.db.manager): Promise<boolean> {
    const inserted: unknown[] = await manager.query(
      `INSERT INTO entitlement (customer_id, content_type, content_id, order_id, granted_by_id) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (customer_id, content_type, content_id) DO NOTHING RETURNING id`,
      [customerId, type, id, grant.orderId ?? null, grant.grantedById ?? null],
    );
    return inserted.length > 0;
  }

  /** An admin gives content to a customer directly (sold by hand, a gift, a support case). */
  async assign(adminId: string, customerId: string, type: ContentType, id: string): Promise<{ contentType: ContentType; contentId: string; created: boolean }> {
    const customer = await this.users.get(customerId);
    if (customer.role !== Role.Customer) throw ticketingError('not-a-customer');
    if (!(await this.content.describe(type, id))) throw notFound('Content');
    const created = await this.grant(customerId, type, id, { grantedById: adminId });
    return { contentType: type, contentId: id, created };
  }

  list(customerId: string): Promise<Entitlement[]> {
    return this.db.manager.find(Entitlement, { where: { customerId }, order: { createdAt: 'ASC' } });
  }

  /**
   * Whether the customer owns this item or something that contains it (a film; an episode through
   * itself, its season or its series; a season through itself or its series).
   */
  async owns(customerId: string, type: ContentType, id: string): Promise<boolean> {
    // What contains the item is catalogue's knowledge: asked through its service, not joined here.
    const item = type === ContentType.Episode || type === ContentType.Season ? await this.content.describe(type, id) : undefined;
    const owning: [string, string][] = [[type, id]];
    if (item?.seasonId && type === ContentType.Episode) owning.push([ContentType.Season, item.seasonId]);
    if (item?.seriesId) owning.push([ContentType.Series, item.seriesId]);
    const [row] = await this.db.query<{ owned: boolean }[]>(
      `SELECT EXISTS (
         SELECT 1 FROM entitlement en JOIN unnest($2::text[], $3::text[]) AS held (type, id)
           ON en.content_type = held.type AND en.content_id::text = held.id
         WHERE en.customer_id = $1
       ) AS owned`,
      [customerId, owning.map(([kind]) => kind), owning.map(([, ref]) => ref)],
    );
    return row.owned === true;
  }
}
