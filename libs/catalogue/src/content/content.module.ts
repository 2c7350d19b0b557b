import { Module } from '@nestjs/common';

/** Films, series, seasons, episodes, their thumbnails and media files. */
@Module({})
export class ContentModule {}
