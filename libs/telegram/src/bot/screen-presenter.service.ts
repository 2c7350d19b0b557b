import { Inject, Injectable } from '@nestjs/common';
import { ThumbnailsService } from '@guichet/catalogue';
import { REDIS } from '@guichet/common';
import Redis from 'ioredis';
import { Context } from 'telegraf';
import { isNotModified } from '../delivery/telegram-api';
import { DetailScreen } from './catalogue-screens.service';
import { Screen } from './keyboards';

const POSTER_FILE_ID_TTL_SECONDS = 30 * 24 * 3600;

/**
 * Shows screens the way UI.md asks for Telegram: pages edit the message in place instead of flooding the
 * chat; posters are uploaded once, then sent again by Telegram's file id (no bytes re-sent).
 */
@Injectable()
export class ScreenPresenter {
  constructor(
    private readonly thumbnails: ThumbnailsService,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  /** Edits the message the button belongs to when it is a text message, otherwise writes a new one. */
  async show(ctx: Context, screen: Screen): Promise<void> {
    const message = ctx.callbackQuery?.message;
    if (message && 'text' in message) {
      try {
        await ctx.editMessageText(screen.text, screen.keyboard);
        return;
      } catch (error) {
        if (isNotModified(error)) return;
        throw error;
      }
    }
    await ctx.reply(screen.text, screen.keyboard);
  }

  /** Details with the poster as a photo (caption = details), or as text when there is no poster. */
  async showDetail(ctx: Context, screen: DetailScreen): Promise<void> {
    if (!screen.poster) return this.show(ctx, screen);
    const cacheKey = `tg:poster:${screen.poster.url}`;
    const fileId = await this.redis.get(cacheKey);
    if (fileId) {
      await ctx.replyWithPhoto(fileId, { caption: screen.text, ...screen.keyboard });
      return;
    }
    const image = await this.thumbnails.open(screen.poster.type, screen.poster.id);
    const sent = await ctx.replyWithPhoto({ source: image.stream, filename: 'poster.jpg' }, { caption: screen.text, ...screen.keyboard });
    const largest = sent.photo.at(-1);
    if (largest) await this.redis.set(cacheKey, largest.file_id, 'EX', POSTER_FILE_ID_TTL_SECONDS);
  }
}
