import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig, DomainError } from '@guichet/common';
import { Role } from '../users/role';
import { UsersService } from '../users/users.service';

/** Creates the platform admin from ADMIN_EMAIL / ADMIN_PASSWORD on the first start; later starts do nothing. */
@Injectable()
export class FirstAdminService implements OnApplicationBootstrap {
  private readonly logger = new Logger(FirstAdminService.name);

  constructor(
    private readonly users: UsersService,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { ADMIN_EMAIL: email, ADMIN_PASSWORD: password } = this.config;
    if (!email || !password) return;
    // The username comes from the email so that an existing 'admin' (another instance's, a test's) cannot block it.
    const username =
      email
        .split('@')[0]
        .toLowerCase()
        .replace(/[^a-z0-9._-]/g, '-') || 'admin';
    if (!(await this.createAdmin(email, username, password)) && !(await this.users.existsByEmail(email))) {
      this.logger.warn(`No admin account was created for ADMIN_EMAIL: the username "${username}" is taken`);
    }
  }

  /** Returns false when an account with this email already exists (several instances may start at once). */
  async createAdmin(email: string, username: string, password: string): Promise<boolean> {
    if (await this.users.existsByEmail(email)) return false;
    try {
      await this.users.create({ email, username, displayName: 'Administrator', password, role: Role.Admin });
      this.logger.log(`Created the first admin account (${email})`);
      return true;
    } catch (error) {
      if (error instanceof DomainError && error.status === 409) return false;
      throw error;
    }
  }
}
