import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class LoginDto {
  @ApiProperty({ description: 'username or email', example: 'ada' })
  @IsString()
  @Length(1, 254)
  login: string;

  @ApiProperty()
  @IsString()
  @Length(1, 128)
  password: string;
}
