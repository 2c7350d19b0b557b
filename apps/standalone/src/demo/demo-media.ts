import { Jimp, loadFont as untypedLoadFont } from 'jimp';
import { mjpegAvi } from './avi-mjpeg';

type Image = InstanceType<typeof Jimp>;
type Font = Parameters<Image['print']>[0]['font'];

/**
 * jimp re-exports `loadFont` from `@jimp/plugin-print/load-font`, an exports-only subpath that this CommonJS
 * build's module resolution cannot type: typed here as the font `print` takes.
 */
const loadFont = untypedLoadFont as (file: string) => Promise<Font>;

/**
 * jimp's bundled Open Sans bitmap fonts. `jimp/fonts` is an exports-only subpath, which this CommonJS
 * build's module resolution cannot type: the same constants, read at run time.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- an `import` of this exports-only subpath does not type-check here (see above)
const fonts = require('jimp/fonts') as Record<'SANS_16_WHITE' | 'SANS_32_WHITE' | 'SANS_64_WHITE', string>;
const { SANS_16_WHITE, SANS_32_WHITE, SANS_64_WHITE } = fonts;

/** Two colours from a hue: the poster's gradient runs from the first to the second. */
function palette(hue: number): [number[], number[]] {
  const rgb = (h: number, s: number, l: number) => {
    const k = (n: number) => (n + h / 30) % 12;
    const a = s * Math.min(l, 1 - l);
    const f = (n: number) => l - a * Math.max(-1, Math.min(k(n) - 3, 9 - k(n), 1));
    return [f(0), f(8), f(4)].map((v) => Math.round(v * 255));
  };
  return [rgb(hue, 0.6, 0.45), rgb((hue + 40) % 360, 0.7, 0.12)];
}

function paint(image: Image, hue: number, phase = 0): void {
  const { width, height, data } = image.bitmap;
  const [top, bottom] = palette(hue);
  const cx = width * (0.5 + 0.25 * Math.cos(phase));
  const cy = height * (0.35 + 0.1 * Math.sin(phase));
  const radius = Math.min(width, height) * 0.3;
  for (let y = 0; y < height; y++) {
    const t = y / (height - 1);
    for (let x = 0; x < width; x++) {
      const at = (y * width + x) * 4;
      const glow = Math.max(0, 1 - Math.hypot(x - cx, y - cy) / radius) * 0.55;
      for (let c = 0; c < 3; c++) data[at + c] = Math.min(255, Math.round(top[c] * (1 - t) + bottom[c] * t + 255 * glow));
      data[at + 3] = 255;
    }
  }
}

/** jimp's bitmap fonts are ASCII: accents are dropped rather than shown as holes. */
const ascii = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, '');

/** A 480×720 poster (the thumbnail size): a gradient, a glow and the title. Real JPEG bytes. */
export async function posterJpeg(title: string, subtitle: string, hue: number): Promise<Buffer> {
  const image = new Jimp({ width: 480, height: 720, color: 0x000000ff });
  paint(image, hue);
  const [big, small] = await Promise.all([loadFont(SANS_64_WHITE), loadFont(SANS_32_WHITE)]);
  image.print({ font: big, x: 32, y: 430, text: ascii(title), maxWidth: 416 });
  image.print({ font: small, x: 32, y: 650, text: ascii(subtitle), maxWidth: 416 });
  return image.getBuffer('image/jpeg', { quality: 82 });
}

/** A 3-second 320×180 Motion-JPEG AVI: the glow drifts and a clock counts, enough to see it play. */
export async function clipAvi(title: string, hue: number): Promise<Buffer> {
  const fps = 4;
  const seconds = 3;
  const font = await loadFont(SANS_16_WHITE);
  const frames: Buffer[] = [];
  for (let i = 0; i < fps * seconds; i++) {
    const frame = new Jimp({ width: 320, height: 180, color: 0x000000ff });
    paint(frame, hue, (i / (fps * seconds)) * Math.PI * 2);
    frame.print({ font, x: 12, y: 12, text: ascii(title), maxWidth: 296 });
    frame.print({ font, x: 12, y: 150, text: `Guichet demo  00:0${Math.floor(i / fps)}`, maxWidth: 296 });
    frames.push(await frame.getBuffer('image/jpeg', { quality: 70 }));
  }
  return mjpegAvi(frames, 320, 180, fps);
}
