import { PartialType } from '@nestjs/swagger';
import { CreateTitleDto } from './content-fields';

export class CreateFilmDto extends CreateTitleDto {}

/** Every field optional; required ones refuse null, nullable ones (year, ...) accept it to clear them. */
export class UpdateFilmDto extends PartialType(CreateFilmDto, { skipNullProperties: false }) {}
