import { Markup } from 'telegraf';
import type { InlineKeyboardButton } from 'telegraf/types';
import type { Texts } from '../i18n/texts';

export type Keyboard = ReturnType<typeof Markup.inlineKeyboard>;

/** A screen of the bot: the text and its inline keyboard, shown as a new message or edited in place. */
export interface Screen {
  text: string;
  keyboard: Keyboard;
}

export const button = (text: string, data: string) => Markup.button.callback(text, data);

export function mainMenu(t: Texts): Keyboard {
  return Markup.inlineKeyboard([
    [button(t.menu.films, 'fl:1'), button(t.menu.series, 'sl:1')],
    [button(t.menu.matches, 'ml:1'), button(t.menu.forYou, 'fy')],
    [button(t.menu.mine, 'mine'), button(t.menu.help, 'help')],
  ]);
}

export const menuWithAdmin = (t: Texts): Keyboard => Markup.inlineKeyboard([...mainMenu(t).reply_markup.inline_keyboard, [button(t.menu.admin, 'adm')]]);

/** Previous / next under a list; only the directions that exist. */
export function pager(t: Texts, prefix: string, page: number, pages: number): InlineKeyboardButton[] {
  const row: InlineKeyboardButton[] = [];
  if (page > 1) row.push(button(t.previous, `${prefix}:${page - 1}`));
  if (page < pages) row.push(button(t.next, `${prefix}:${page + 1}`));
  return row;
}
