import { Logger } from '@nestjs/common';
import { ContentType } from '@guichet/catalogue';
import { DomainError } from '@guichet/common';
import { Action, Ctx, Update } from 'nestjs-telegraf';
import { Context } from 'telegraf';
import { TelegramAccountsService } from '../accounts/telegram-accounts.service';
import { TEXTS } from '../i18n/texts';
import { AdminRelay } from './admin-relay.service';
import { CatalogueScreens, DetailScreen } from './catalogue-screens.service';
import { ContentPurchase } from './content-purchase.service';
import { mainMenu } from './keyboards';
import { MyPurchases } from './my-purchases.service';
import { NotificationSettings } from './notification-settings.service';
import { PaymentReviewFlow } from './payment-review.flow';
import { Recommendations } from './recommendations.service';
import { ScreenPresenter } from './screen-presenter.service';
import { SeatPurchase } from './seat-purchase.service';
import { matchOf, Turn, turnOf } from './turn';

const UUID = '[0-9a-f-]{36}';
const BUYABLE: Record<string, ContentType> = { film: ContentType.Film, series: ContentType.Series, season: ContentType.Season, episode: ContentType.Episode };

/** Inline buttons. Each answers the callback (so the button stops spinning) and edits in place where it can. */
@Update()
export class CallbacksUpdate {
  private readonly logger = new Logger(CallbacksUpdate.name);

  constructor(
    private readonly accounts: TelegramAccountsService,
    private readonly screens: CatalogueScreens,
    private readonly presenter: ScreenPresenter,
    private readonly purchase: ContentPurchase,
    private readonly seats: SeatPurchase,
    private readonly review: PaymentReviewFlow,
    private readonly relay: AdminRelay,
    private readonly purchases: MyPurchases,
    private readonly recommendations: Recommendations,
    private readonly settings: NotificationSettings,
  ) {}

  @Action('menu')
  menu(@Ctx() ctx: Context) {
    return this.run(ctx, ({ t }) => this.presenter.show(ctx, { text: t.menuPrompt, keyboard: mainMenu(t) }));
  }

  @Action('help')
  help(@Ctx() ctx: Context) {
    return this.run(ctx, ({ t }) => this.presenter.show(ctx, { text: t.help, keyboard: mainMenu(t) }));
  }

  @Action(/^fl:(\d+)$/)
  films(@Ctx() ctx: Context) {
    return this.run(ctx, async ({ t }) => this.presenter.show(ctx, await this.screens.filmList(t, Number(matchOf(ctx)[1]))));
  }

  @Action(/^sl:(\d+)$/)
  seriesList(@Ctx() ctx: Context) {
    return this.run(ctx, async ({ t }) => this.presenter.show(ctx, await this.screens.seriesList(t, Number(matchOf(ctx)[1]))));
  }

  @Action(new RegExp(`^f:(${UUID})$`))
  film(@Ctx() ctx: Context) {
    return this.run(ctx, async (turn) => this.detail(ctx, turn, ContentType.Film, await this.screens.film(turn.t, matchOf(ctx)[1])));
  }

  @Action(new RegExp(`^s:(${UUID})$`))
  series(@Ctx() ctx: Context) {
    return this.run(ctx, async (turn) => this.detail(ctx, turn, ContentType.Series, await this.screens.seriesDetail(turn.t, matchOf(ctx)[1])));
  }

  @Action(new RegExp(`^se:(${UUID})$`))
  season(@Ctx() ctx: Context) {
    return this.run(ctx, async (turn) => this.detail(ctx, turn, ContentType.Season, await this.screens.season(turn.t, matchOf(ctx)[1])));
  }

  @Action(new RegExp(`^e:(${UUID})$`))
  episode(@Ctx() ctx: Context) {
    return this.run(ctx, async (turn) => this.detail(ctx, turn, ContentType.Episode, await this.screens.episode(turn.t, matchOf(ctx)[1])));
  }

  @Action(new RegExp(`^b:(film|series|season|episode):(${UUID})$`))
  buy(@Ctx() ctx: Context) {
    const [, type, id] = matchOf(ctx);
    return this.run(ctx, (turn) => this.purchase.buy(ctx, turn, BUYABLE[type], id));
  }

  @Action(/^ml:(\d+)$/)
  matches(@Ctx() ctx: Context) {
    return this.run(ctx, async (turn) => this.presenter.show(ctx, await this.seats.matchList(turn, Number(matchOf(ctx)[1]))));
  }

  @Action(new RegExp(`^mt:(${UUID})$`))
  match(@Ctx() ctx: Context) {
    return this.run(ctx, async (turn) => this.presenter.show(ctx, await this.seats.chooseStand(turn, matchOf(ctx)[1])));
  }

  @Action(new RegExp(`^(fo|uf):(${UUID})$`))
  following(@Ctx() ctx: Context) {
    const [, verb, clubId] = matchOf(ctx);
    return this.run(ctx, async (turn) => this.presenter.show(ctx, await this.seats.setFollowing(turn, clubId, verb === 'fo')));
  }

  @Action(new RegExp(`^nuf:(${UUID})$`))
  unfollowFromSettings(@Ctx() ctx: Context) {
    return this.run(ctx, async (turn) => this.presenter.show(ctx, await this.settings.unfollow(turn, matchOf(ctx)[1])));
  }

  @Action(new RegExp(`^st:(${UUID})$`))
  stand(@Ctx() ctx: Context) {
    return this.run(ctx, async (turn) => this.presenter.show(ctx, await this.seats.chooseQuantity(turn, matchOf(ctx)[1])));
  }

  @Action(/^q:(\d+)$/)
  quantity(@Ctx() ctx: Context) {
    return this.run(ctx, (turn) => this.seats.quantity(ctx, turn, Number(matchOf(ctx)[1])));
  }

  @Action('mine')
  mine(@Ctx() ctx: Context) {
    return this.run(ctx, async (turn) => this.presenter.show(ctx, await this.purchases.screen(turn)));
  }

  @Action('cred')
  credentials(@Ctx() ctx: Context) {
    return this.run(ctx, async (turn) => this.presenter.show(ctx, this.purchases.confirmResend(turn)));
  }

  @Action('cred:ok')
  resendCredentials(@Ctx() ctx: Context) {
    return this.run(ctx, async (turn) => this.presenter.show(ctx, await this.purchases.resend(turn)));
  }

  @Action('fy')
  forYou(@Ctx() ctx: Context) {
    return this.run(ctx, async (turn) => this.presenter.show(ctx, await this.recommendations.screen(turn)));
  }

  @Action('adm')
  admin(@Ctx() ctx: Context) {
    return this.run(ctx, (turn) => this.relay.start(ctx, turn));
  }

  @Action(/^lang:(fr|en)$/)
  language(@Ctx() ctx: Context) {
    return this.run(ctx, async ({ account }) => {
      const language = matchOf(ctx)[1] as 'fr' | 'en';
      await this.accounts.setLanguage(account.telegramUserId, language);
      const t = TEXTS[language];
      await this.presenter.show(ctx, { text: `${t.languageSet}\n${t.menuPrompt}`, keyboard: mainMenu(t) });
    });
  }

  @Action(/^sub:([01])$/)
  subscription(@Ctx() ctx: Context) {
    return this.run(ctx, async ({ account, t }) => {
      const on = matchOf(ctx)[1] === '1';
      await this.accounts.setSubscribed(account.telegramUserId, on);
      await this.presenter.show(ctx, { text: on ? t.subscribed : t.unsubscribed, keyboard: mainMenu(t) });
    });
  }

  /** Review buttons answer the callback themselves (approved, already decided, or refused to non-admins). */
  @Action(new RegExp(`^rv:ok:(${UUID})$`))
  approve(@Ctx() ctx: Context) {
    return this.review.approve(ctx, matchOf(ctx)[1]);
  }

  @Action(new RegExp(`^rv:no:(${UUID})$`))
  refuse(@Ctx() ctx: Context) {
    return this.review.askReason(ctx, matchOf(ctx)[1]);
  }

  private async detail(ctx: Context, turn: Turn, type: ContentType, screen: DetailScreen): Promise<void> {
    await this.accounts.recordView(turn.account.telegramUserId, type, matchOf(ctx)[1], screen.genres);
    await this.presenter.showDetail(ctx, screen);
  }

  private async run(ctx: Context, action: (turn: Turn) => Promise<void>): Promise<void> {
    const turn = await turnOf(ctx, this.accounts);
    if (!turn) return;
    try {
      await action(turn);
      await ctx.answerCbQuery().catch(() => undefined);
    } catch (error) {
      // A button on an old message may point to something gone: say so rather than spin forever.
      const gone = error instanceof DomainError && error.status === 404;
      if (!gone) this.logger.error({ err: error }, 'A button failed');
      await ctx.answerCbQuery(gone ? turn.t.notOnSale : turn.t.orderFailed).catch(() => undefined);
    }
  }
}
