import { CreateUsers1763700000000 } from './1763700000000-create-users';

export const usersMigrations = [CreateUsers1763700000000];
