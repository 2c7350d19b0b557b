import { Ctx, Command, Help, On, Start, Update } from 'nestjs-telegraf';
import { Context, Markup } from 'telegraf';
import { Message } from 'telegraf/types';
import { TelegramAccountsService } from '../accounts/telegram-accounts.service';
import { intentOf } from '../i18n/intents';
import { AdminRelay } from './admin-relay.service';
import { CatalogueScreens } from './catalogue-screens.service';
import { ContentPurchase } from './content-purchase.service';
import { button, mainMenu, menuWithAdmin } from './keyboards';
import { START_LINK_PREFIX } from '../linking/link-codes.service';
import { AccountLinking } from './account-linking.service';
import { NotificationSettings } from './notification-settings.service';
import { PaymentReviewFlow } from './payment-review.flow';
import { SeatPurchase } from './seat-purchase.service';
import { Turn, turnOf } from './turn';

type TextMessage = Message.TextMessage;

/** Commands, typed text and photos. Buttons are in CallbacksUpdate. Listeners run in the order written here. */
@Update()
export class ConversationUpdate {
  constructor(
    private readonly accounts: TelegramAccountsService,
    private readonly screens: CatalogueScreens,
    private readonly purchase: ContentPurchase,
    private readonly seats: SeatPurchase,
    private readonly review: PaymentReviewFlow,
    private readonly relay: AdminRelay,
    private readonly linking: AccountLinking,
    private readonly settings: NotificationSettings,
  ) {}

  @Start()
  async start(@Ctx() ctx: Context): Promise<void> {
    const turn = await turnOf(ctx, this.accounts);
    if (!turn) return;
    const { account, t } = turn;
    await this.accounts.setState(account.telegramUserId, {});
    // Opened from the web account page's link: the code rides in the start parameter.
    const payload = this.argument(ctx);
    if (payload.startsWith(START_LINK_PREFIX)) {
      await this.linking.redeem(ctx, turn, payload.slice(START_LINK_PREFIX.length));
      return;
    }
    await ctx.reply(`${t.greeting(account.firstName)}\n${t.menuPrompt}`, mainMenu(t));
    if (!account.subscribed) await ctx.reply(t.askSubscribe, Markup.inlineKeyboard([[button(t.yes, 'sub:1'), button(t.no, 'sub:0')]]));
  }

  @Help()
  async help(@Ctx() ctx: Context): Promise<void> {
    const turn = await turnOf(ctx, this.accounts);
    if (turn) await ctx.reply(turn.t.help, mainMenu(turn.t));
  }

  @Command('menu')
  async menu(@Ctx() ctx: Context): Promise<void> {
    const turn = await turnOf(ctx, this.accounts);
    if (turn) await ctx.reply(turn.t.menuPrompt, mainMenu(turn.t));
  }

  @Command('language')
  async language(@Ctx() ctx: Context): Promise<void> {
    const turn = await turnOf(ctx, this.accounts);
    if (turn) await ctx.reply(turn.t.chooseLanguage, Markup.inlineKeyboard([[button('Français', 'lang:fr'), button('English', 'lang:en')]]));
  }

  @Command('stop')
  async stop(@Ctx() ctx: Context): Promise<void> {
    const turn = await turnOf(ctx, this.accounts);
    if (turn) await ctx.reply(await this.settings.stopAll(turn));
  }

  @Command('notifications')
  async notifications(@Ctx() ctx: Context): Promise<void> {
    const turn = await turnOf(ctx, this.accounts);
    if (!turn) return;
    const screen = await this.settings.screen(turn);
    await ctx.reply(screen.text, screen.keyboard);
  }

  @Command('link')
  async link(@Ctx() ctx: Context): Promise<void> {
    const turn = await turnOf(ctx, this.accounts);
    if (turn) await this.linking.redeem(ctx, turn, this.argument(ctx));
  }

  @On('photo')
  async photo(@Ctx() ctx: Context): Promise<void> {
    const turn = await turnOf(ctx, this.accounts);
    const photos = (ctx.message as Message.PhotoMessage | undefined)?.photo ?? [];
    const largest = photos.at(-1);
    if (turn && largest) await this.purchase.proof(ctx, turn, { fileId: largest.file_id, size: largest.file_size });
  }

  /** A screenshot sent "as a file" keeps its quality; the proof service still checks it is an image. */
  @On('document')
  async document(@Ctx() ctx: Context): Promise<void> {
    const turn = await turnOf(ctx, this.accounts);
    const document = (ctx.message as Message.DocumentMessage | undefined)?.document;
    if (turn && document) await this.purchase.proof(ctx, turn, { fileId: document.file_id, size: document.file_size });
  }

  @On('text')
  async text(@Ctx() ctx: Context): Promise<void> {
    const turn = await turnOf(ctx, this.accounts);
    const message = ctx.message as TextMessage | undefined;
    if (!turn || !message) return;
    if (message.text.startsWith('/')) return this.unknownCommand(ctx, turn);
    if (this.relay.isAdminChat(ctx) && message.reply_to_message && turn.account.state.step !== 'reject-reason') {
      await this.relay.answerBuyer(ctx, message.reply_to_message.message_id, message.text);
      return;
    }
    const state = turn.account.state;
    if (state.step === 'reject-reason') return this.review.reject(ctx, turn, state.paymentId, message.text);
    if (state.step === 'talk-to-admin') return this.relay.forward(ctx, turn, message.text, message.message_id);
    if (state.step === 'seat-quantity' && /^\s*\d+\s*$/.test(message.text)) return this.seats.quantity(ctx, turn, Number(message.text));
    if (this.relay.isAdminChat(ctx)) return;
    await this.answer(ctx, turn, message.text);
  }

  /** Greetings and common questions first, then a title search, else the menu and "talk to an administrator". */
  private async answer(ctx: Context, { t }: Turn, text: string): Promise<void> {
    const intent = intentOf(text);
    if (intent) {
      await ctx.reply(t.answers[intent], mainMenu(t));
      return;
    }
    const results = text.trim().length >= 2 ? await this.screens.search(t, text.trim().slice(0, 100)) : undefined;
    if (results) {
      await ctx.reply(results.text, results.keyboard);
      return;
    }
    await ctx.reply(t.answers.notUnderstood, menuWithAdmin(t));
  }

  private async unknownCommand(ctx: Context, { t }: Turn): Promise<void> {
    await ctx.reply(t.answers.notUnderstood, menuWithAdmin(t));
  }

  /** What follows the command: `/link 12345678` → `12345678`. */
  private argument(ctx: Context): string {
    const text = (ctx.message as TextMessage | undefined)?.text ?? '';
    return text.split(/\s+/)[1] ?? '';
  }
}
