import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Role, Roles } from '@guichet/users';
import { FastifyReply } from 'fastify';
import { PaymentProofService } from './payment-proof.service';
import { PaymentListQuery, RejectPaymentDto } from './payment-review.dto';
import { PaymentReviewService } from './payment-review.service';

@ApiTags('admin')
@Roles(Role.Admin)
@Controller('admin/payments')
export class PaymentReviewController {
  constructor(
    private readonly review: PaymentReviewService,
    private readonly proofs: PaymentProofService,
  ) {}

  @Get()
  list(@Query() query: PaymentListQuery) {
    return this.review.list(query);
  }

  @Get(':id')
  get(@Param('id', ParseUUIDPipe) id: string) {
    return this.review.get(id);
  }

  @Get(':id/proof')
  async proof(@Param('id', ParseUUIDPipe) id: string, @Res() reply: FastifyReply) {
    const { body, contentType } = await this.proofs.proof(id);
    reply.header('cache-control', 'private, no-store').type(contentType).send(body);
  }

  @HttpCode(200)
  @Post(':id/approve')
  approve(@CurrentUser() admin: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.review.approve(admin, id);
  }

  @HttpCode(200)
  @Post(':id/reject')
  reject(@CurrentUser() admin: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: RejectPaymentDto) {
    return this.review.reject(admin, id, dto.reason);
  }
}
