import { weakPasswordReason } from './password-policy';

describe('password policy', () => {
  it.each(['aaaaaaaaaa', '          ', '1234567890', 'password12', 'qwertyuiop', 'Password123!', 'iloveyou12'])('refuses %j', (password) => {
    expect(weakPasswordReason(password)).not.toBeNull();
  });

  it.each(['correct-horse-battery', 'Mot de passe très long', '😀😀😀😀😀x', 'tr0ub4dor&3-zebra', 'aaaaaaaaab'])('accepts %j', (password) => {
    expect(weakPasswordReason(password)).toBeNull();
  });
});
