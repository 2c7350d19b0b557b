import { Inject, Injectable, Logger } from '@nestjs/common';
import { ContentType } from '@guichet/catalogue';
import { DomainError, FileSource, REDIS } from '@guichet/common';
import { MAX_PROOF_BYTES, PaymentProofService } from '@guichet/payments';
import { ContentItemDto, ContentOrdersService } from '@guichet/ticketing';
import Redis from 'ioredis';
import { Context } from 'telegraf';
import { TelegramAccountsService } from '../accounts/telegram-accounts.service';
import { formatMoney } from '../i18n/format';
import { BuyersService } from './buyers.service';
import { downloadTelegramFile, FileTooLargeError } from './telegram-file';
import { mainMenu } from './keyboards';
import { Turn } from './turn';

/** A second tap on "Acheter" while the first is still being handled does not create a second order. */
const BUY_LOCK_SECONDS = 30;

/**
 * Films and series step by step: order → Mobile Money instructions → the screenshot, which goes through the
 * same proof service as the web upload (sniffed image, at most 5 MB, stored privately).
 */
@Injectable()
export class ContentPurchase {
  private readonly logger = new Logger(ContentPurchase.name);

  constructor(
    private readonly buyers: BuyersService,
    private readonly orders: ContentOrdersService,
    private readonly proofs: PaymentProofService,
    private readonly accounts: TelegramAccountsService,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  async buy(ctx: Context, { account, t }: Turn, type: ContentType, id: string): Promise<void> {
    const lock = `tg:buy:${account.telegramUserId}:${type}:${id}`;
    if (!(await this.redis.set(lock, '1', 'EX', BUY_LOCK_SECONDS, 'NX'))) return;
    try {
      await this.order(ctx, { account, t }, type, id);
    } finally {
      await this.redis.del(lock);
    }
  }

  private async order(ctx: Context, { account, t }: Turn, type: ContentType, id: string): Promise<void> {
    const caller = await this.buyers.customerFor(account);
    if (!caller) {
      await ctx.reply(t.orderFailed);
      return;
    }
    try {
      const item = Object.assign(new ContentItemDto(), { type: 'content' as const, contentType: type, contentId: id });
      const { order, payment } = await this.orders.create(caller, [item], 'mobile_money');
      const instructions = payment.instructions;
      if (!instructions) throw new Error('A Mobile Money order came back without instructions');
      await this.accounts.setState(account.telegramUserId, { step: 'awaiting-proof', orderId: order.id, reference: instructions.reference });
      await ctx.reply(
        t.instructions({
          number: order.number,
          items: order.items.map((line) => `${line.label} — ${formatMoney(line.unitPrice)}`),
          amount: formatMoney(instructions.amount),
          operators: instructions.operators.map((operator) => `${operator.name} : ${operator.number}`),
          reference: instructions.reference,
        }),
      );
      await ctx.reply(t.sendProof);
    } catch (error) {
      await ctx.reply(this.refusal(t, error));
    }
  }

  /** The screenshot: downloaded from Telegram (getFile), never more than the web upload accepts. */
  async proof(ctx: Context, { account, t }: Turn, file: { fileId: string; size?: number }): Promise<void> {
    const state = account.state;
    if (state.step !== 'awaiting-proof' || !account.userId) {
      await ctx.reply(t.proofWithoutOrder, mainMenu(t));
      return;
    }
    if (file.size !== undefined && file.size > MAX_PROOF_BYTES) {
      await ctx.reply(t.proofTooLarge);
      return;
    }
    const source: FileSource = async ({ maxBytes }) => downloadTelegramFile(ctx.telegram, file.fileId, maxBytes);
    try {
      await this.proofs.attach(state.orderId, account.userId, source);
    } catch (error) {
      await ctx.reply(this.proofRefusal(t, error));
      return;
    }
    await this.accounts.setState(account.telegramUserId, {});
    await ctx.reply(t.proofReceived(state.reference), mainMenu(t));
  }

  private refusal(t: Turn['t'], error: unknown): string {
    if (error instanceof DomainError) {
      if (error.code === 'already-owned') return t.alreadyOwned(/"(.+)"/.exec(error.detail ?? '')?.[1] ?? '');
      if (error.code === 'not-on-sale' || error.code === 'not-sold-alone' || error.code === 'not-found') return t.notOnSale;
      if (error.code === 'mobile-money-unavailable') return t.mobileMoneyUnavailable;
    }
    this.logger.error({ err: error }, 'A content order from Telegram failed');
    return t.orderFailed;
  }

  private proofRefusal(t: Turn['t'], error: unknown): string {
    if (error instanceof FileTooLargeError) return t.proofTooLarge;
    if (error instanceof DomainError) {
      if (error.code === 'unsupported-image' || error.code === 'validation') return t.proofNotImage;
      if (error.code === 'payload-too-large') return t.proofTooLarge;
      if (error.code === 'proof-not-expected' || error.code === 'not-found') return t.proofNotExpected;
    }
    this.logger.error({ err: error }, 'Attaching a proof from Telegram failed');
    return t.proofFailed;
  }
}
