import { writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';

const WIDTH = 640;
const HEIGHT = 480;
/** Chromium's fake camera loops the file: a couple of seconds of the same picture is plenty. */
const FRAMES = 20;

/**
 * Writes a Y4M video (raw I420 frames, what Chromium's `--use-file-for-fake-video-capture` plays) showing the
 * given PNG centred on white, scaled to most of the frame's height: a phone camera held in front of a ticket.
 */
export function writeCameraVideo(png: Buffer, file: string): void {
  const image = PNG.sync.read(png);
  const side = Math.round(HEIGHT * 0.85);
  const scale = side / Math.max(image.width, image.height);
  const drawnWidth = Math.round(image.width * scale);
  const drawnHeight = Math.round(image.height * scale);
  const left = Math.floor((WIDTH - drawnWidth) / 2);
  const top = Math.floor((HEIGHT - drawnHeight) / 2);
  const luma = Buffer.alloc(WIDTH * HEIGHT, 235);
  for (let y = 0; y < drawnHeight; y++) {
    for (let x = 0; x < drawnWidth; x++) {
      // Nearest neighbour keeps the modules' edges sharp; transparency is composed over white.
      const source = (Math.min(image.height - 1, Math.floor(y / scale)) * image.width + Math.min(image.width - 1, Math.floor(x / scale))) * 4;
      const alpha = image.data[source + 3] / 255;
      const grey = 0.299 * image.data[source] + 0.587 * image.data[source + 1] + 0.114 * image.data[source + 2];
      const composed = grey * alpha + 255 * (1 - alpha);
      // Studio range (16–235), as video is.
      luma[(top + y) * WIDTH + left + x] = Math.round(16 + (composed / 255) * 219);
    }
  }
  const chroma = Buffer.alloc((WIDTH / 2) * (HEIGHT / 2) * 2, 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
  const header = Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F10:1 Ip A1:1 C420jpeg\n`);
  writeFileSync(file, Buffer.concat([header, ...Array.from({ length: FRAMES }, () => frame)]));
}
