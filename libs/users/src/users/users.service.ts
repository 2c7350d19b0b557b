import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { notFound, uniqueViolation } from '@guichet/common';
import { DataSource, EntityManager } from 'typeorm';
import { PasswordHasher } from '../auth/password-hasher';
import { Role } from './role';
import { User } from './user.entity';
import { usersError, UsersErrorCode } from '../users.errors';

/** What another lib may show or mail about an account: no hash, no role, no Telegram id. */
export interface UserContact {
  id: string;
  displayName: string;
  username: string;
  email: string | null;
  phone: string | null;
}

export interface NewUser {
  email: string | null;
  username: string;
  displayName: string;
  password: string;
  role: Role;
  clubId?: string;
  phone?: string;
  telegramUserId?: string;
}

const DUPLICATES: Record<string, UsersErrorCode> = {
  app_user_email_unique: 'email-taken',
  app_user_username_unique: 'username-taken',
  app_user_telegram_unique: 'telegram-user-taken',
};

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly hasher: PasswordHasher,
  ) {}

  /** Creates an account; a duplicate email, username or Telegram id is a 409 naming which one. */
  async create(input: NewUser, manager: EntityManager = this.db.manager): Promise<User> {
    const passwordHash = await this.hasher.hash(input.password);
    const user = manager.create(User, {
      email: input.email?.toLowerCase() ?? null,
      username: input.username,
      displayName: input.displayName,
      passwordHash,
      role: input.role,
      clubId: input.clubId ?? null,
      phone: input.phone ?? null,
      telegramUserId: input.telegramUserId ?? null,
    });
    try {
      return await manager.save(user);
    } catch (error) {
      const constraint = uniqueViolation(error);
      const duplicate = constraint ? DUPLICATES[constraint] : undefined;
      if (duplicate) throw usersError(duplicate);
      throw error;
    }
  }

  /** The account a Telegram user was given (by an admin or the bot), if any. */
  findByTelegramUserId(telegramUserId: string): Promise<User | null> {
    return this.db.manager.findOneBy(User, { telegramUserId });
  }

  async get(id: string): Promise<User> {
    const user = await this.db.manager.findOneBy(User, { id });
    if (!user) throw notFound('User');
    return user;
  }

  /** Contacts of these accounts by id; unknown ids are left out. */
  async contacts(ids: readonly string[]): Promise<Map<string, UserContact>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    const rows: UserContact[] = await this.db.query(
      `SELECT id, display_name AS "displayName", username, email, phone FROM app_user WHERE id = ANY($1::uuid[])`,
      [unique],
    );
    return new Map(rows.map((row) => [row.id, row]));
  }

  /** Where to mail the platform's admins (those with an email). */
  async adminEmails(): Promise<string[]> {
    const rows: { email: string }[] = await this.db.query(`SELECT email FROM app_user WHERE role = 'admin' AND email IS NOT NULL ORDER BY created_at, id`);
    return rows.map((row) => row.email);
  }

  /** Looks up by username or email, case-insensitively, with the password hash. */
  findForLogin(login: string): Promise<User | null> {
    return this.db.manager
      .createQueryBuilder(User, 'user')
      .addSelect('user.passwordHash')
      .where('lower(user.username) = lower(:login) OR lower(user.email) = lower(:login)', { login: login.trim() })
      .getOne();
  }

  async existsByEmail(email: string): Promise<boolean> {
    const found = await this.db.manager.createQueryBuilder(User, 'user').where('lower(user.email) = lower(:email)', { email }).getExists();
    return found;
  }

  async existsByUsername(username: string): Promise<boolean> {
    return this.db.manager.createQueryBuilder(User, 'user').where('lower(user.username) = lower(:username)', { username }).getExists();
  }
}
