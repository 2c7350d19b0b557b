/** A RIFF chunk: fourcc, little-endian size, data, padded to an even length. */
function chunk(fourcc: string, data: Buffer): Buffer {
  const header = Buffer.alloc(8);
  header.write(fourcc, 0, 'latin1');
  header.writeUInt32LE(data.length, 4);
  return Buffer.concat([header, data, Buffer.alloc(data.length % 2)]);
}

const list = (type: string, ...children: Buffer[]) => chunk('LIST', Buffer.concat([Buffer.from(type, 'latin1'), ...children]));

function words(values: number[]): Buffer {
  const out = Buffer.alloc(values.length * 4);
  values.forEach((value, i) => out.writeUInt32LE(value >>> 0, i * 4));
  return out;
}

/**
 * A Motion-JPEG AVI (one video stream, every frame a JPEG keyframe): the simplest real video container,
 * played by VLC, mpv and most desktop players. Used for the demo's small media files.
 */
export function mjpegAvi(frames: Buffer[], width: number, height: number, fps: number): Buffer {
  const largest = Math.max(...frames.map((frame) => frame.length));
  const avih = chunk('avih', words([Math.round(1e6 / fps), largest * fps, 0, 0x10, frames.length, 0, 1, largest, width, height, 0, 0, 0, 0]));
  const strhFields = Buffer.alloc(56);
  strhFields.write('vids', 0, 'latin1');
  strhFields.write('MJPG', 4, 'latin1');
  words([0]).copy(strhFields, 8); // flags
  // priority and language (2 × uint16) stay 0 at 12..15
  words([0, 1, fps, 0, frames.length, largest, 0xffffffff, 0]).copy(strhFields, 16);
  strhFields.writeInt16LE(0, 48);
  strhFields.writeInt16LE(0, 50);
  strhFields.writeInt16LE(width, 52);
  strhFields.writeInt16LE(height, 54);
  const bitmapInfo = Buffer.alloc(40);
  bitmapInfo.writeUInt32LE(40, 0);
  bitmapInfo.writeInt32LE(width, 4);
  bitmapInfo.writeInt32LE(height, 8);
  bitmapInfo.writeUInt16LE(1, 12);
  bitmapInfo.writeUInt16LE(24, 14);
  bitmapInfo.write('MJPG', 16, 'latin1');
  bitmapInfo.writeUInt32LE(width * height * 3, 20);
  const hdrl = list('hdrl', avih, list('strl', chunk('strh', strhFields), chunk('strf', bitmapInfo)));

  const frameChunks = frames.map((frame) => chunk('00dc', frame));
  const index: Buffer[] = [];
  let offset = 4; // offsets count from the 'movi' fourcc
  frames.forEach((frame, i) => {
    const entry = Buffer.alloc(16);
    entry.write('00dc', 0, 'latin1');
    entry.writeUInt32LE(0x10, 4); // keyframe
    entry.writeUInt32LE(offset, 8);
    entry.writeUInt32LE(frame.length, 12);
    index.push(entry);
    offset += frameChunks[i].length;
  });
  const movi = list('movi', ...frameChunks);
  const body = Buffer.concat([Buffer.from('AVI ', 'latin1'), hdrl, movi, chunk('idx1', Buffer.concat(index))]);
  return chunk('RIFF', body);
}
