import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ContentType } from '@guichet/catalogue';
import { DataSource } from 'typeorm';

/** What sells most, for suggestions (the bot's "Pour vous"): delivered orders only. */
@Injectable()
export class BestSellersService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async topContent(type: ContentType, limit: number): Promise<string[]> {
    const rows: { content_id: string }[] = await this.db.query(
      `SELECT i.content_id FROM order_item i JOIN customer_order o ON o.id = i.order_id
        WHERE i.kind = 'content' AND i.content_type = $1 AND o.status = 'fulfilled'
        GROUP BY i.content_id ORDER BY count(*) DESC, max(o.created_at) DESC LIMIT $2`,
      [type, limit],
    );
    return rows.map((row) => row.content_id);
  }
}
