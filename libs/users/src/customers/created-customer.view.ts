import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Role } from '../users/role';

class CustomerAccountView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: String, nullable: true }) email: string | null;
  @ApiProperty() username: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: Role }) role: Role;
  @ApiPropertyOptional({ format: 'uuid' }) clubId?: string;
}

/** Generated credentials: the password is shown this once and never stored in clear. */
export class CreatedCustomerView {
  @ApiProperty({ type: CustomerAccountView }) user: CustomerAccountView;
  @ApiProperty() username: string;
  @ApiProperty({ description: 'generated; shown once' }) password: string;
}
