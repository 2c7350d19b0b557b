import { PartialType } from '@nestjs/swagger';
import { CreateTitleDto } from './content-fields';

/** `durationMinutes` of a series is the usual length of an episode; `price` buys every season. */
export class CreateSeriesDto extends CreateTitleDto {}

export class UpdateSeriesDto extends PartialType(CreateSeriesDto, { skipNullProperties: false }) {}
