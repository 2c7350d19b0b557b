import { isSafeFileName } from './file-name';

describe('isSafeFileName', () => {
  it.each(['film.mp4', 'Les Misérables (2012).mkv', 'épisode 1 — pilote.webm', 'a'])('accepts %s', (name) => {
    expect(isSafeFileName(name)).toBe(true);
  });

  it.each([
    '../film.mp4',
    '..\\film.mp4',
    'dir/film.mp4',
    '/etc/passwd',
    'C:\\film.mp4',
    'film..mp4',
    '..',
    '',
    '   ',
    'film\u0000.mp4',
    'film\r\n.mp4',
    'x'.repeat(256),
  ])('refuses %j', (name) => {
    expect(isSafeFileName(name)).toBe(false);
  });
});
