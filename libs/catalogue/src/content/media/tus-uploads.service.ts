import { Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { MediaOwner } from './media-views';
import { ResumableUploadsService } from './resumable-uploads.service';
import { creationRequest, offsetHeaders, parseChecksum, speakTus, TUS_EXTENSIONS, TUS_VERSION } from './tus-protocol';
import { chunkOf } from './upload-routes';

/**
 * The resumable uploads spoken in tus 1.0: each request is checked for the protocol version first (so
 * that every answer, errors included, says which one it speaks), its headers read into the upload
 * service's terms, and the answer given in tus headers.
 */
@Injectable()
export class TusUploadsService {
  constructor(private readonly uploads: ResumableUploadsService) {}

  /** Creation: `Location` is the upload URL (under `uploadsAt`), answered 201 without a body. */
  async create(owner: MediaOwner, uploadsAt: string, request: FastifyRequest, reply: FastifyReply): Promise<void> {
    speakTus(request, reply);
    const upload = await this.uploads.create(owner, creationRequest(request));
    reply.header('Tus-Version', TUS_VERSION).header('Tus-Extension', TUS_EXTENSIONS);
    reply.header('Location', `${uploadsAt}/${upload.uploadId}`);
    reply.status(201);
  }

  async offset(owner: MediaOwner, uploadId: string, request: FastifyRequest, reply: FastifyReply): Promise<void> {
    speakTus(request, reply);
    offsetHeaders(reply, await this.uploads.status(owner, uploadId));
  }

  async append(owner: MediaOwner, uploadId: string, request: FastifyRequest, reply: FastifyReply): Promise<void> {
    speakTus(request, reply);
    const chunk = { ...chunkOf(request), checksum: parseChecksum(request.headers['upload-checksum']) };
    offsetHeaders(reply, await this.uploads.append(owner, uploadId, chunk));
  }

  async terminate(owner: MediaOwner, uploadId: string, request: FastifyRequest, reply: FastifyReply): Promise<void> {
    speakTus(request, reply);
    await this.uploads.cancel(owner, uploadId);
  }
}
