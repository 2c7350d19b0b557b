import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateContent1763800000000 implements MigrationInterface {
  name = 'CreateContent1763800000000';

  async up(_db: QueryRunner): Promise<void> {}

  async down(_db: QueryRunner): Promise<void> {}
}
