import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ContentService } from './content.service';
import { ContentEventsPublisher } from './content-events.publisher';
import { ContentViews } from './content-views';
import { Episode } from './entities/episode.entity';
import { Film } from './entities/film.entity';
import { MediaFile } from './entities/media-file.entity';
import { Season } from './entities/season.entity';
import { Series } from './entities/series.entity';
import { CatalogueExportService } from './export/catalogue-export.service';
import { FilmsController } from './films/films.controller';
import { FilmsService } from './films/films.service';
import { MediaController } from './media/media.controller';
import { TusController } from './media/tus.controller';
import { ChunkWriter } from './media/chunk-writer';
import { MediaRecordService } from './media/media-record.service';
import { MultipartIntakeService } from './media/multipart-intake.service';
import { ResumableUploadsService } from './media/resumable-uploads.service';
import { TusUploadsService } from './media/tus-uploads.service';
import { UploadSessionStore } from './media/upload-session.store';
import { EpisodesController } from './series/episodes.controller';
import { EpisodesService } from './series/episodes.service';
import { SeasonsController } from './series/seasons.controller';
import { SeasonsService } from './series/seasons.service';
import { SeriesController } from './series/series.controller';
import { SeriesService } from './series/series.service';
import { ThumbnailsController } from './thumbnails/thumbnails.controller';
import { ThumbnailsService } from './thumbnails/thumbnails.service';

/** Films, series, seasons, episodes, their thumbnails and media files. */
@Module({
  imports: [TypeOrmModule.forFeature([Film, Series, Season, Episode, MediaFile])],
  controllers: [FilmsController, SeriesController, SeasonsController, EpisodesController, ThumbnailsController, MediaController, TusController],
  providers: [
    ContentViews,
    FilmsService,
    SeriesService,
    SeasonsService,
    EpisodesService,
    ThumbnailsService,
    UploadSessionStore,
    ChunkWriter,
    MediaRecordService,
    MultipartIntakeService,
    ResumableUploadsService,
    TusUploadsService,
    CatalogueExportService,
    ContentService,
    ContentEventsPublisher,
  ],
  exports: [ContentService, CatalogueExportService, ResumableUploadsService, FilmsService, SeriesService, SeasonsService, EpisodesService, ThumbnailsService],
})
export class ContentModule {}
