import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UsersModule } from '@guichet/users';
import { Competition } from '../competitions/competition.entity';
import { CompetitionsController } from '../competitions/competitions.controller';
import { CompetitionsService } from '../competitions/competitions.service';
import { Stand } from '../stands/stand.entity';
import { StandsController } from '../stands/stands.controller';
import { StandsService } from '../stands/stands.service';
import { MatchEventsPublisher } from './match-events.publisher';
import { MatchStand } from './match-stand.entity';
import { Match } from './match.entity';
import { MatchesController } from './matches.controller';
import { MatchesService } from './matches.service';
import { SeatInventoryService } from './seat-inventory.service';

/** Competitions, stands and matches with their seat inventory. */
@Module({
  imports: [TypeOrmModule.forFeature([Competition, Stand, Match, MatchStand]), UsersModule],
  controllers: [CompetitionsController, StandsController, MatchesController],
  providers: [CompetitionsService, StandsService, MatchesService, SeatInventoryService, MatchEventsPublisher],
  exports: [MatchesService, SeatInventoryService, StandsService, CompetitionsService],
})
export class MatchesModule {}
