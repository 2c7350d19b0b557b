import type { MailMessage } from '@guichet/common';

/** A mailed link lives one hour and works once. */
export const RESET_LINK_MINUTES = 60;

/** The reset mail in the language of the page it was asked from (formal vous in French). */
export function resetMail(to: string, name: string, link: string, language: 'fr' | 'en'): MailMessage {
  if (language === 'en') {
    return {
      to,
      subject: 'Reset your Guichet password',
      text: [
        `Hello ${name},`,
        `Someone (hopefully you) asked to reset the password of your Guichet account.`,
        `Choose a new password within ${RESET_LINK_MINUTES} minutes: ${link}`,
        `The link works once. If you did not ask for it, ignore this mail: your password stays the same.`,
      ].join('\n\n'),
    };
  }
  return {
    to,
    subject: 'Réinitialiser votre mot de passe Guichet',
    text: [
      `Bonjour ${name},`,
      `Vous avez demandé à réinitialiser le mot de passe de votre compte Guichet.`,
      `Choisissez un nouveau mot de passe dans les ${RESET_LINK_MINUTES} minutes : ${link}`,
      `Le lien ne fonctionne qu’une fois. Si vous n’avez rien demandé, ignorez ce message : votre mot de passe ne change pas.`,
    ].join('\n\n'),
  };
}
