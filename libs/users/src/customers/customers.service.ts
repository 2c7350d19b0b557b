import { Injectable } from '@nestjs/common';
import { DomainError } from '@guichet/common';
import { PublicUser, toPublicUser } from '../users/public-user';
import { Role } from '../users/role';
import { UsersService } from '../users/users.service';
import { CreateCustomerDto } from './create-customer.dto';
import { generatePassword, generateUsername } from './generated-credentials';

export interface CreatedCustomer {
  user: PublicUser;
  username: string;
  /** Shown once: only its hash is kept. */
  password: string;
}

const USERNAME_TRIES = 5;

@Injectable()
export class CustomersService {
  constructor(private readonly users: UsersService) {}

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
    throw new DomainError('username-exhausted', 409, 'Could not find a free username', 'Try again.');
  }
}
