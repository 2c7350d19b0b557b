import * as QRCode from 'qrcode';

/** Medium error correction survives a cracked phone screen without making the code too dense. */
const OPTIONS = { errorCorrectionLevel: 'M', margin: 2 } as const;

export const qrPng = (code: string, width = 360): Promise<Buffer> => QRCode.toBuffer(code, { ...OPTIONS, type: 'png', width });

export const qrSvg = (code: string): Promise<string> => QRCode.toString(code, { ...OPTIONS, type: 'svg' });
