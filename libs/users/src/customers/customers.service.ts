import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DomainError, pageOf } from '@guichet/common';
import { DataSource } from 'typeorm';
import { PasswordHasher } from '../auth/password-hasher';
import { PublicUser, toPublicUser } from '../users/public-user';
import { Role } from '../users/role';
import { User } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import { CreateCustomerDto } from './create-customer.dto';
import { CustomerListQuery, CustomerPage } from './customer-list.dto';
import { generatePassword, generateUsername } from './generated-credentials';
import { usersError } from '../users.errors';

export interface CreatedCustomer {
  user: PublicUser;
  username: string;
  /** Shown once: only its hash is kept. */
  password: string;
}

const USERNAME_TRIES = 5;

@Injectable()
export class CustomersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly users: UsersService,
    private readonly hasher: PasswordHasher,
  ) {}

  /** An account for a buyer who never registered (Telegram, phone): generated username and password. */
  async create(dto: CreateCustomerDto): Promise<CreatedCustomer> {
    const password = generatePassword();
    for (let attempt = 0; attempt < USERNAME_TRIES; attempt++) {
      const username = generateUsername(dto.displayName);
      try {
        const user = await this.users.create({
          email: dto.email ?? null,
          username,
          displayName: dto.displayName,
          password,
          role: Role.Customer,
          phone: dto.phone,
          telegramUserId: dto.telegramUserId,
        });
        return { user: toPublicUser(user), username, password };
      } catch (error) {
        if (!(error instanceof DomainError && error.code === 'username-taken')) throw error;
      }
    }
    throw usersError('username-exhausted', 'Try again.');
  }

  /** A customer who lost their password gets a new generated one (shown once); their sessions end. */
  async resetPassword(customerId: string): Promise<CreatedCustomer> {
    const user = await this.users.get(customerId);
    if (user.role !== Role.Customer) throw usersError('not-a-customer');
    const password = generatePassword();
    await this.db.transaction(async (manager) => {
      await manager.update(User, { id: customerId }, { passwordHash: await this.hasher.hash(password), passwordChangedAt: new Date() });
      await manager.query('UPDATE refresh_token SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL', [customerId]);
    });
    return { user: toPublicUser(user), username: user.username, password };
  }

  /** Customers, newest first; `q` matches part of the username, display name or email, ignoring accents and case. */
  async list(query: CustomerListQuery): Promise<CustomerPage> {
    const builder = this.db.manager.createQueryBuilder(User, 'u').where('u.role = :role', { role: Role.Customer });
    if (query.q) {
      // unaccent is installed by the catalogue migrations (the same search rules as the catalogue).
      const folded = (column: string) => `lower(public.unaccent(coalesce(${column}, '')))`;
      builder.andWhere(`(${folded('u.username')} LIKE :q OR ${folded('u.displayName')} LIKE :q OR ${folded('u.email')} LIKE :q)`, {
        q: `%${escapeLike(foldText(query.q))}%`,
      });
    }
    const [users, total] = await builder.orderBy('u.createdAt', 'DESC').addOrderBy('u.id', 'DESC').skip(query.offset).take(query.pageSize).getManyAndCount();
    const items = users.map(({ id, username, displayName, email, phone, telegramUserId, createdAt }) => ({
      id,
      username,
      displayName,
      email,
      phone,
      telegramUserId,
      createdAt,
    }));
    return pageOf(items, total, query);
  }
}

/** Same folding as the SQL side, so "Hélène" and "helene" meet. */
const foldText = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);
