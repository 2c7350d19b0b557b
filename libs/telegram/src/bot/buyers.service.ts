import { Injectable } from '@nestjs/common';
import { DomainError } from '@guichet/common';
import { AuthUser, CustomersService, Role, UsersService } from '@guichet/users';
import { TelegramAccount } from '../accounts/telegram-account.entity';
import { TelegramAccountsService } from '../accounts/telegram-accounts.service';

/**
 * Who a Telegram person buys as. A buyer without an account gets a customer account at the first purchase
 * (no email needed); its generated password is never shown: fresh credentials are sent once, on approval.
 */
@Injectable()
export class BuyersService {
  constructor(
    private readonly accounts: TelegramAccountsService,
    private readonly users: UsersService,
    private readonly customers: CustomersService,
  ) {}

  /** The caller as the order services expect it, or undefined when the linked user is staff (staff do not buy). */
  async customerFor(account: TelegramAccount): Promise<AuthUser | undefined> {
    const userId = account.userId ?? (await this.createOrAdopt(account));
    const user = await this.users.get(userId);
    return user.role === Role.Customer ? { id: user.id, role: user.role } : undefined;
  }

  /** The linked Guichet user when it is an admin: only they decide on payments from Telegram. */
  async adminFor(telegramUserId: number): Promise<AuthUser | undefined> {
    const account = await this.accounts.find(telegramUserId);
    if (!account?.userId) return undefined;
    const user = await this.users.get(account.userId);
    return user.role === Role.Admin ? { id: user.id, role: user.role } : undefined;
  }

  private async createOrAdopt(account: TelegramAccount): Promise<string> {
    // An admin may have created this buyer's account already (POST /admin/customers with the Telegram id).
    const existing = await this.users.findByTelegramUserId(account.telegramUserId);
    if (existing) {
      await this.accounts.attachUser(account.telegramUserId, existing.id, false);
      return existing.id;
    }
    try {
      const created = await this.customers.create({ displayName: account.firstName.trim() || 'Client Telegram', telegramUserId: account.telegramUserId });
      await this.accounts.attachUser(account.telegramUserId, created.user.id, true);
      return created.user.id;
    } catch (error) {
      // Two first purchases at once: app_user's unique Telegram id lets one create; the other adopts it.
      if (!(error instanceof DomainError && error.code === 'telegram-user-taken')) throw error;
      const winner = await this.users.findByTelegramUserId(account.telegramUserId);
      if (!winner) throw error;
      return winner.id;
    }
  }
}
