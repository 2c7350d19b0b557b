import { generatePassword, generateUsername } from './generated-credentials';

describe('generated credentials', () => {
  it('makes a readable username from a name with accents', () => {
    expect(generateUsername('Émilie Ngo Ébogo')).toMatch(/^emilie-ngo-\d{4}$/);
    expect(generateUsername('  ???  ')).toMatch(/^client-\d{4}$/);
  });

  it('makes 16-character passwords without look-alike characters', () => {
    const passwords = Array.from({ length: 200 }, () => generatePassword());
    for (const password of passwords) expect(password).toMatch(/^[a-km-zA-HJ-NP-Z2-9]{16}$/);
    expect(new Set(passwords).size).toBe(200);
  });
});
