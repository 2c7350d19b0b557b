import { Injectable } from '@nestjs/common';
import { ContentListQuery, ContentType, FilmsService, FilmView } from '@guichet/catalogue';
import { BestSellersService, LibraryService } from '@guichet/ticketing';
import { Role } from '@guichet/users';
import { Markup } from 'telegraf';
import { TelegramAccountsService } from '../accounts/telegram-accounts.service';
import { formatMoney } from '../i18n/format';
import { button, Screen } from './keyboards';
import { Turn } from './turn';

const SUGGESTIONS = 5;

/** "Pour vous": films of the genres this person looked at most, then what sells most, then the newest; never what they already own. */
@Injectable()
export class Recommendations {
  constructor(
    private readonly accounts: TelegramAccountsService,
    private readonly films: FilmsService,
    private readonly library: LibraryService,
    private readonly bestSellers: BestSellersService,
  ) {}

  async screen({ account, t }: Turn): Promise<Screen> {
    const owned = new Set(account.userId ? (await this.library.library({ id: account.userId, role: Role.Customer })).films.map((film) => film.id) : []);
    const picked = new Map<string, FilmView>();
    const take = (films: FilmView[]) => films.filter((film) => !owned.has(film.id)).forEach((film) => picked.size < SUGGESTIONS && picked.set(film.id, film));
    for (const genre of await this.accounts.favouriteGenres(account.telegramUserId)) {
      take((await this.films.list(Object.assign(new ContentListQuery(), { page: 1, pageSize: 10, genre }))).items);
    }
    if (picked.size < SUGGESTIONS) {
      const top = await this.bestSellers.topContent(ContentType.Film, 20);
      take((await Promise.all(top.map((id) => this.films.get(id)))).filter((film) => !film.archivedAt));
    }
    if (picked.size < SUGGESTIONS) take((await this.films.list(Object.assign(new ContentListQuery(), { page: 1, pageSize: 20 }))).items);
    const rows = [...picked.values()].map((film) => [button(`🎬 ${film.title} — ${formatMoney(film.price)}`, `f:${film.id}`)]);
    return { text: rows.length ? t.forYou : t.nothingForYou, keyboard: Markup.inlineKeyboard([...rows, [button(t.menu.menu, 'menu')]]) };
  }
}
