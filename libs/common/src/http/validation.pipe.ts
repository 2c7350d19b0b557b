import { ValidationPipe } from '@nestjs/common';
import { validationFailed } from '../errors/validation-errors';

/** Unknown fields are refused, not silently dropped: a typo in a field name must be visible to the client. */
export const validationPipe = () =>
  new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    exceptionFactory: validationFailed,
  });
