import { CreateUsers1763700000000 } from './1763700000000-create-users';
import { PasswordReset1764100000000 } from './1764100000000-password-reset';

export const usersMigrations = [CreateUsers1763700000000, PasswordReset1764100000000];
