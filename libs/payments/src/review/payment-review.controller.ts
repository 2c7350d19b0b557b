import { Body, Controller, Get, Header, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Role, Roles } from '@guichet/users';
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
  @Header('cache-control', 'private, no-store')
  proof(@Param('id', ParseUUIDPipe) id: string) {
    return this.proofs.proofFile(id);
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
