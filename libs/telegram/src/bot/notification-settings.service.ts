import { Injectable } from '@nestjs/common';
import { ClubsService } from '@guichet/users';
import { Markup } from 'telegraf';
import { TelegramAccountsService } from '../accounts/telegram-accounts.service';
import { ClubFollowsService } from '../follows/club-follows.service';
import { button, Screen } from './keyboards';
import { Turn } from './turn';

/** `/notifications`: the announcements of new content (on or off) and the clubs whose new matches are followed. */
@Injectable()
export class NotificationSettings {
  constructor(
    private readonly follows: ClubFollowsService,
    private readonly clubs: ClubsService,
    private readonly accounts: TelegramAccountsService,
  ) {}

  /** `/stop`: nothing more from the bot unasked, new releases and followed clubs alike; says which clubs. */
  async stopAll({ account, t }: Turn): Promise<string> {
    await this.accounts.stop(account.telegramUserId);
    const clubIds = await this.follows.unfollowAll(account.telegramUserId);
    const names = await this.clubs.names(clubIds);
    return t.stopped(clubIds.map((id) => names.get(id)).filter((name): name is string => name !== undefined));
  }

  async screen({ account, t }: Turn, notice?: string): Promise<Screen> {
    const clubIds = await this.follows.clubsOf(account.telegramUserId);
    const names = await this.clubs.names(clubIds);
    const followed = clubIds.filter((id) => names.has(id));
    const lines = [notice, t.notificationsState(account.subscribed), followed.length ? t.followingClubs(followed.map((id) => names.get(id) ?? '')) : undefined];
    return {
      text: lines.filter(Boolean).join('\n'),
      keyboard: Markup.inlineKeyboard([
        [button(account.subscribed ? t.notificationsOff : t.notificationsOn, account.subscribed ? 'sub:0' : 'sub:1')],
        ...followed.map((id) => [button(t.unfollow(names.get(id) ?? ''), `nuf:${id}`)]),
        [button(t.menu.menu, 'menu')],
      ]),
    };
  }

  /** Stops following a club from this screen, and shows the screen again with what changed. */
  async unfollow(turn: Turn, clubId: string): Promise<Screen> {
    await this.follows.unfollow(turn.account.telegramUserId, clubId);
    const name = (await this.clubs.names([clubId])).get(clubId) ?? '';
    return this.screen(turn, turn.t.unfollowed(name));
  }
}
