import { Ctx, Help, Start, Update } from 'nestjs-telegraf';
import { Context } from 'telegraf';

const GREETING = [
  'Bienvenue sur Guichet ! Billets de match, films et séries.',
  'Welcome to Guichet! Match tickets, films and series.',
  '/help — aide / help',
].join('\n');

const HELP = [
  'Je peux vous aider à acheter des billets et des contenus. / I can help you buy tickets and content.',
  'Paiement par Mobile Money (MTN, Orange) ou par carte. / Pay by Mobile Money (MTN, Orange) or card.',
].join('\n');

/** First contact with the bot, French first. Browsing and buying arrive with the bot issue. */
@Update()
export class GreetingUpdate {
  @Start()
  async start(@Ctx() ctx: Context): Promise<void> {
    await ctx.reply(GREETING);
  }

  @Help()
  async help(@Ctx() ctx: Context): Promise<void> {
    await ctx.reply(HELP);
  }
}
