export * from './users.module';
export * from './users/role';
// Type only: other libs read accounts through UsersService, never through the entity's repository.
export type { User } from './users/user.entity';
export * from './users/public-user';
export * from './users/users.service';
export * from './clubs/clubs.service';
export * from './clubs/club-access';
export * from './customers/customers.service';
export * from './bootstrap/first-admin.service';
export * from './auth/auth-user';
export * from './auth/decorators';
export * from './auth/auth.service';
export * from './invitations/invitations.service';
export * from './invitations/invitation-join.service';
export * from './password-reset/password-reset.service';
export * from './migrations';
