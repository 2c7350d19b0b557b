import { Controller, Get, Header, Query } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Role, Roles } from '@guichet/users';
import { TransactionFilter, TransactionListQuery } from './transaction-list.query';
import { TransactionPage } from './transaction.view';
import { transactionsCsv } from './transactions-csv';
import { TransactionsService } from './transactions.service';

@ApiTags('admin')
@Roles(Role.Admin)
@Controller('admin')
export class TransactionsController {
  constructor(private readonly transactions: TransactionsService) {}

  @Get('transactions')
  @ApiOkResponse({ type: TransactionPage, description: 'payments, newest first' })
  list(@Query() query: TransactionListQuery) {
    return this.transactions.list(query);
  }

  @Get('transactions.csv')
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'the filtered payments as CSV (RFC 4180, UTF-8), amounts in minor units', schema: { type: 'string' } })
  @Header('content-type', 'text/csv; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="transactions.csv"')
  @Header('cache-control', 'private, no-store')
  async csv(@Query() filter: TransactionFilter): Promise<string> {
    return transactionsCsv(await this.transactions.all(filter));
  }
}
