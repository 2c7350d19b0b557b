import { Controller, Get, Header, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser } from '@guichet/users';
import { TicketsService } from './tickets.service';

@ApiTags('orders')
@Controller()
export class TicketsController {
  constructor(private readonly tickets: TicketsService) {}

  @Get('me/tickets')
  mine(@CurrentUser() caller: AuthUser) {
    return this.tickets.mine(caller);
  }

  @ApiProduces('image/png')
  @Header('Content-Type', 'image/png')
  @Header('Cache-Control', 'private, max-age=3600')
  @Get('tickets/:id/qr.png')
  png(@CurrentUser() caller: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.tickets.qr(caller, id, 'png');
  }

  @ApiProduces('image/svg+xml')
  @Header('Content-Type', 'image/svg+xml')
  @Header('Cache-Control', 'private, max-age=3600')
  @Get('tickets/:id/qr.svg')
  svg(@CurrentUser() caller: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.tickets.qr(caller, id, 'svg');
  }
}
