export * from '../../../libs/payments/src/sandbox/stripe-api/form-body';
