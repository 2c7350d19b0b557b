import { Injectable, Logger, StreamableFile } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { AppConfig, FileSource, IMAGE_MIME, isFileTooLarge, MailService, notFound, sniffImage, Storage } from '@guichet/common';
import { UsersService } from '@guichet/users';
import { DataSource } from 'typeorm';
import { transition } from '../payments/payment-transitions';
import { Payment } from '../payments/payment.entity';
import { paymentView, PaymentView } from '../payments/payment-view';
import { ReviewEventsPublisher } from './review-events.publisher';
import { paymentsError } from '../payments.errors';

export const MAX_PROOF_BYTES = 5 * 1024 * 1024;
/** Proof bytes one customer may have waiting for review at once, over all their payments. */
export const MAX_PENDING_PROOF_BYTES_PER_CUSTOMER = 20 * 1024 * 1024;

const notAnImage = () => paymentsError('unsupported-image', 'Send a screenshot or photo of the payment confirmation (JPEG, PNG or WebP).');

const reviewedMeanwhile = () => paymentsError('proof-not-expected', 'It was reviewed meanwhile.');
const proofQuotaReached = () =>
  paymentsError('proof-quota', `At most ${MAX_PENDING_PROOF_BYTES_PER_CUSTOMER / 1024 / 1024} MB of proofs may wait for review at once.`);

/** The buyer's screenshot of their Mobile Money transfer: stored privately, then the payment waits for an admin. */
@Injectable()
export class PaymentProofService {
  private readonly logger = new Logger(PaymentProofService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly storage: Storage,
    private readonly mail: MailService,
    private readonly config: AppConfig,
    private readonly reviewEvents: ReviewEventsPublisher,
    private readonly users: UsersService,
  ) {}

  async attach(orderId: string, customerId: string, source: FileSource): Promise<PaymentView> {
    const payment = await this.db.manager.findOneBy(Payment, { orderId, customerId });
    if (!payment) throw notFound('Order');
    if (payment.provider !== 'mobile_money' || !['pending', 'awaiting_review'].includes(payment.status)) {
      throw paymentsError('proof-not-expected', `It is ${payment.status}.`);
    }
    const bytes = await this.readImage(source);
    const format = sniffImage(bytes);
    if (!format) throw notAnImage();
    const key = `payment-proofs/${payment.id}-${randomUUID()}.${format === 'jpeg' ? 'jpg' : format}`;
    await this.storage.put(key, Readable.from([bytes]));
    let replaced: string | null;
    try {
      replaced = await this.db.transaction(async (manager) => {
        // One upload of this customer at a time, so the cap below holds under parallel uploads.
        await manager.query(`SELECT pg_advisory_xact_lock(hashtext('payment-proof:' || $1))`, [customerId]);
        const [current] = await manager.query<{ proof_key: string | null }[]>(`SELECT proof_key FROM payment WHERE id = $1 FOR UPDATE`, [payment.id]);
        const [{ pending }] = await manager.query<{ pending: string }[]>(
          `SELECT coalesce(sum(proof_bytes), 0)::bigint AS pending FROM payment
            WHERE customer_id = $1 AND status = 'awaiting_review' AND id <> $2`,
          [customerId, payment.id],
        );
        if (Number(pending) + bytes.length > MAX_PENDING_PROOF_BYTES_PER_CUSTOMER) throw proofQuotaReached();
        const changed = await transition(
          manager,
          { id: payment.id },
          {
            from: ['pending', 'awaiting_review'],
            to: 'awaiting_review',
            set: { proofKey: key },
            reason: 'proof uploaded',
            actorId: customerId,
          },
        );
        if (!changed) throw reviewedMeanwhile();
        await manager.query(`UPDATE payment SET proof_bytes = $2 WHERE id = $1`, [payment.id, bytes.length]);
        return current?.proof_key ?? null;
      });
    } catch (error) {
      await this.storage.delete(key);
      throw error;
    }
    // One current proof per payment: the one it replaces goes (after commit, so a failure keeps the old one).
    if (replaced && replaced !== key) await this.storage.delete(replaced);
    await this.notifyAdmins(payment);
    await this.reviewEvents.proofReceived({ paymentId: payment.id, orderId: payment.orderId }, key);
    return paymentView(await this.db.manager.findOneByOrFail(Payment, { id: payment.id }));
  }

  /** The proof image, for the admins reviewing it. */
  async proof(paymentId: string): Promise<{ body: Readable; contentType: string }> {
    const payment = await this.db.manager.findOne(Payment, { where: { id: paymentId }, select: { id: true, proofKey: true } });
    if (!payment?.proofKey) throw notFound('Proof');
    const extension = payment.proofKey.split('.').pop() ?? '';
    const contentType = extension === 'jpg' ? IMAGE_MIME.jpeg : extension === 'png' ? IMAGE_MIME.png : IMAGE_MIME.webp;
    return { body: this.storage.read(payment.proofKey), contentType };
  }

  /** The proof as the admin route sends it. */
  async proofFile(paymentId: string): Promise<StreamableFile> {
    const { body, contentType } = await this.proof(paymentId);
    return new StreamableFile(body, { type: contentType });
  }

  private async readImage(source: FileSource): Promise<Buffer> {
    const part = await source({ maxBytes: MAX_PROOF_BYTES });
    try {
      const bytes = await part.toBuffer();
      if (bytes.length === 0) throw paymentsError('validation', 'The file is empty.', { errors: [{ field: 'file', message: 'the file is empty' }] });
      return bytes;
    } catch (error) {
      if (isFileTooLarge(error)) throw paymentsError('payload-too-large', `At most ${MAX_PROOF_BYTES / 1024 / 1024} MB.`);
      throw error;
    }
  }

  /** One mail per payment to every admin; the Telegram admin chat hears of it through the review events. */
  private async notifyAdmins(payment: Payment): Promise<void> {
    const admins = await this.users.adminEmails();
    const amount = `${payment.amount} ${payment.currency}`;
    for (const email of admins) {
      await this.mail.send(`proof-${payment.id}-${email}`, {
        to: email,
        subject: `Paiement à vérifier : ${amount} (${payment.reference}) / Payment to review`,
        text: `Une preuve de paiement Mobile Money attend votre validation.\nMontant : ${amount}\nRéférence : ${payment.reference}\n${this.config.PUBLIC_URL}/admin/payments/${payment.id}`,
      });
    }
    this.logger.log(`Payment ${payment.id} awaits review`);
  }
}
