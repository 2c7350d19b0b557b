import type { Language } from './language';

/** Everything the bot says to buyers, French first (formal vous), English complete; words from UI.md. */
export interface Texts {
  greeting(name: string): string;
  menuPrompt: string;
  menu: { films: string; series: string; matches: string; mine: string; help: string; forYou: string; admin: string; back: string; menu: string };
  help: string;
  askSubscribe: string;
  yes: string;
  no: string;
  subscribed: string;
  unsubscribed: string;
  /** `/stop`: no more messages at all; the clubs no longer followed, if any. */
  stopped(clubs: string[]): string;
  notificationsState(on: boolean): string;
  notificationsOn: string;
  notificationsOff: string;
  chooseLanguage: string;
  languageSet: string;
  answers: { hello: string; price: string; pay: string; download: string; notUnderstood: string };
  films(page: number, pages: number): string;
  seriesList(page: number, pages: number): string;
  noFilms: string;
  noSeries: string;
  previous: string;
  next: string;
  searchResults(query: string): string;
  seasonsOf(title: string): string;
  episodesOf(series: string, season: number): string;
  seasonLabel(number: number, title: string | null): string;
  episodeLabel(number: number, title: string): string;
  details: { year: string; duration: string; language: string; price: string; genres: string; notSoldAlone: string };
  buy(price: string): string;
  seeSeasons: string;
  seeEpisodes: string;
  instructions(args: { number: string; items: string[]; amount: string; operators: string[]; reference: string }): string;
  sendProof: string;
  proofReceived(reference: string): string;
  proofNotImage: string;
  proofTooLarge: string;
  proofNotExpected: string;
  proofWithoutOrder: string;
  proofFailed: string;
  alreadyOwned(title: string): string;
  notOnSale: string;
  mobileMoneyUnavailable: string;
  orderFailed: string;
  approvedNewAccount(args: { items: string[]; url: string; username: string; password: string }): string;
  approvedExisting(args: { items: string[]; url: string }): string;
  rejected(args: { reference: string; reason: string }): string;
  mine(lines: string[], url: string | null): string;
  noOrders: string;
  resendCredentials: string;
  confirmResend: string;
  credentials(args: { username: string; password: string; url: string }): string;
  orderStatus: Record<string, string>;
  talkToAdmin: string;
  forwarded: string;
  adminReply(text: string): string;
  noAdminChat: string;
  matches(page: number, pages: number): string;
  noMatches: string;
  chooseStand(match: string): string;
  standLine(name: string, price: string, remaining: number): string;
  chooseQuantity(stand: string, max: number): string;
  soldOut: string;
  seatsHeld(args: { quantity: number; stand: string; match: string; total: string; minutes: number }): string;
  payButton: string;
  overloaded: string;
  seatOrderFailed(detail: string): string;
  ticketCaption(args: { index: number; count: number; match: string; stand: string; kickoff: string }): string;
  announce(novelty: string, title: string, price: string | null): string;
  see: string;
  /** « Nouvelle série », not « Nouveau série »: the adjective agrees with each kind. */
  novelties: Record<string, string>;
  announceMatch(match: string, from: string | null): string;
  /** `before`: the old kickoff when it changed; `away`: set when home/away changed (true: now away). */
  matchMoved(match: string, before: string | null, away: boolean | null): string;
  /** Added to the move for someone holding tickets for the match. */
  ticketsStillValid: string;
  follow(club: string): string;
  unfollow(club: string): string;
  followed(club: string): string;
  followingClubs(clubs: string[]): string;
  unfollowed(club: string): string;
  linked(name: string): string;
  linkInvalid: string;
  forYou: string;
  nothingForYou: string;
}

const fr: Texts = {
  greeting: (name) => `Bonjour ${name} ! Bienvenue sur Guichet : billets de match, films et séries.`,
  menuPrompt: 'Que souhaitez-vous faire ?',
  menu: {
    films: '🎬 Films',
    series: '📺 Séries',
    matches: '⚽ Matchs',
    mine: '🧾 Mes achats',
    help: '❓ Aide',
    forYou: '✨ Pour vous',
    admin: '💬 Parler à un administrateur',
    back: '← Retour',
    menu: '☰ Menu',
  },
  help: [
    'Je vous aide à acheter des films, des séries et des billets de match.',
    '• Films et séries : choisissez, payez par Mobile Money (MTN, Orange), envoyez la capture d’écran du paiement. Après vérification, vous recevez vos identifiants et le lien de votre bibliothèque.',
    '• Matchs : choisissez la tribune et le nombre de places, payez par carte ; vos billets arrivent ici.',
    'Tapez un titre pour le chercher. /language pour changer de langue, /notifications pour les nouveautés, /stop pour ne plus les recevoir.',
  ].join('\n'),
  askSubscribe: 'Voulez-vous recevoir les nouveautés (films, séries) ?',
  yes: 'Oui',
  no: 'Non',
  subscribed: 'C’est noté : vous recevrez les nouveautés. /stop pour arrêter.',
  unsubscribed: 'C’est noté : vous ne recevrez plus les nouveautés. /notifications pour les réactiver.',
  stopped: (clubs) =>
    `C’est noté : vous ne recevrez plus de messages, ni nouveautés ni nouveaux matchs${clubs.length ? ` (vous ne suivez plus ${clubs.join(', ')})` : ''}. /notifications pour les réactiver.`,
  notificationsState: (on) => (on ? 'Vous recevez les nouveautés.' : 'Vous ne recevez pas les nouveautés.'),
  notificationsOn: 'Recevoir les nouveautés',
  notificationsOff: 'Ne plus les recevoir',
  chooseLanguage: 'Choisissez votre langue / Choose your language',
  languageSet: 'Langue : français.',
  answers: {
    hello: 'Bonjour ! Je peux vous montrer les films, les séries et les matchs à venir.',
    price:
      'Les prix sont indiqués sur chaque film et chaque série (en FCFA), et sur chaque tribune pour les matchs (en euros). Choisissez un titre pour voir son prix.',
    pay: 'Films et séries : payez par Mobile Money (MTN ou Orange) au numéro indiqué, avec la référence dans le message du transfert, puis envoyez-moi la capture d’écran. Matchs : paiement par carte via le lien que je vous envoie.',
    download:
      'Après validation de votre paiement, vous recevez vos identifiants. Connectez-vous à votre bibliothèque sur le web et téléchargez vos films et épisodes (le téléchargement peut reprendre s’il est interrompu).',
    notUnderstood: 'Je n’ai pas compris. Choisissez dans le menu, tapez le titre d’un film, ou parlez à un administrateur.',
  },
  films: (page, pages) => `🎬 Films — page ${page}/${pages}`,
  seriesList: (page, pages) => `📺 Séries — page ${page}/${pages}`,
  noFilms: 'Aucun film pour le moment.',
  noSeries: 'Aucune série pour le moment.',
  previous: '‹ Précédent',
  next: 'Suivant ›',
  searchResults: (query) => `Résultats pour « ${query} » :`,
  seasonsOf: (title) => `📺 ${title} — choisissez une saison`,
  episodesOf: (series, season) => `📺 ${series} — saison ${season}`,
  seasonLabel: (number, title) => (title ? `Saison ${number} : ${title}` : `Saison ${number}`),
  episodeLabel: (number, title) => `Épisode ${number} : ${title}`,
  details: {
    year: 'Année :',
    duration: 'Durée :',
    language: 'Langue :',
    price: 'Prix :',
    genres: 'Genres :',
    notSoldAlone: 'Vendu avec la saison ou la série',
  },
  buy: (price) => `Acheter — ${price}`,
  seeSeasons: 'Voir les saisons',
  seeEpisodes: 'Voir les épisodes',
  instructions: ({ number, items, amount, operators, reference }) =>
    [
      `Commande n° ${number}`,
      ...items.map((item) => `• ${item}`),
      '',
      `Montant à payer : ${amount}`,
      'Par Mobile Money :',
      ...operators.map((operator) => `• ${operator}`),
      `Référence à indiquer dans le transfert : ${reference}`,
    ].join('\n'),
  sendProof: 'Une fois le transfert fait, envoyez ici la capture d’écran du paiement (une photo).',
  proofReceived: (reference) =>
    `Merci ! Preuve de paiement reçue (référence ${reference}). Paiement en attente de vérification : nous vous écrivons dès qu’il est validé.`,
  proofNotImage: 'Ce fichier n’est pas une image. Envoyez une capture d’écran ou une photo du paiement (JPEG, PNG ou WebP).',
  proofTooLarge: 'Cette image dépasse 5 Mo. Envoyez une capture d’écran plus légère.',
  proofNotExpected: 'Aucune preuve n’est attendue pour cette commande (elle a déjà été vérifiée).',
  proofWithoutOrder: 'Je n’attends pas de capture d’écran. Choisissez d’abord un film ou une série à acheter.',
  proofFailed: 'Je n’ai pas pu récupérer votre image. Réessayez dans un instant.',
  alreadyOwned: (title) => `Vous avez déjà « ${title} » : il est dans votre bibliothèque.`,
  notOnSale: 'Ce contenu n’est plus en vente.',
  mobileMoneyUnavailable: 'Le paiement Mobile Money n’est pas disponible pour le moment. Réessayez plus tard.',
  orderFailed: 'La commande n’a pas pu être créée. Réessayez dans un instant.',
  approvedNewAccount: ({ items, url, username, password }) =>
    [
      '✅ Paiement validé ! Vos contenus sont dans votre bibliothèque :',
      ...items.map((item) => `• ${item}`),
      '',
      `Bibliothèque : ${url}`,
      `Identifiant : ${username}`,
      `Mot de passe : ${password}`,
      'Gardez ces identifiants : ils vous donnent accès à vos achats.',
    ].join('\n'),
  approvedExisting: ({ items, url }) =>
    ['✅ Paiement validé ! Vos contenus sont dans votre bibliothèque :', ...items.map((item) => `• ${item}`), '', `Bibliothèque : ${url}`].join('\n'),
  rejected: ({ reference, reason }) =>
    `❌ Votre paiement (référence ${reference}) n’a pas pu être validé.\nMotif : ${reason}\nRépondez ici ou parlez à un administrateur si vous pensez qu’il s’agit d’une erreur.`,
  mine: (lines, url) => ['🧾 Vos commandes :', ...lines, ...(url ? ['', `Bibliothèque : ${url}`] : [])].join('\n'),
  noOrders: 'Vous n’avez pas encore de commande.',
  resendCredentials: '🔑 Recevoir de nouveaux identifiants',
  confirmResend: 'Un nouveau mot de passe va remplacer l’ancien (l’ancien ne marchera plus). Confirmez-vous ?',
  credentials: ({ username, password, url }) => [`Bibliothèque : ${url}`, `Identifiant : ${username}`, `Mot de passe : ${password}`].join('\n'),
  orderStatus: {
    pending: 'en attente de paiement',
    paid: 'payée',
    fulfilled: 'livrée',
    expired: 'expirée',
    cancelled: 'annulée',
    refunded: 'remboursée',
    awaiting_review: 'paiement en attente de vérification',
    rejected: 'paiement refusé',
  },
  talkToAdmin: 'Écrivez votre message : je le transmets à un administrateur.',
  forwarded: 'Message transmis. Un administrateur vous répondra ici.',
  adminReply: (text) => `💬 Réponse d’un administrateur :\n${text}`,
  noAdminChat: 'Aucun administrateur n’est joignable ici pour le moment.',
  matches: (page, pages) => `⚽ Matchs à venir — page ${page}/${pages}`,
  noMatches: 'Aucun match à venir.',
  chooseStand: (match) => `${match}\nChoisissez une tribune :`,
  standLine: (name, price, remaining) => `${name} — ${price} (${remaining} places)`,
  chooseQuantity: (stand, max) => `Tribune ${stand}. Combien de places (1 à ${max}) ?`,
  soldOut: 'Il ne reste plus de places dans cette tribune.',
  seatsHeld: ({ quantity, stand, match, total, minutes }) =>
    `${quantity} place(s) réservée(s) en tribune ${stand}\n${match}\nTotal : ${total}\nPayez dans les ${minutes} minutes, sinon les places sont remises en vente.`,
  payButton: '💳 Payer par carte',
  overloaded: 'Beaucoup de monde en ce moment. Vous êtes dans la file : je réessaie pour vous.',
  seatOrderFailed: (detail) => `La réservation n’a pas abouti : ${detail}`,
  ticketCaption: ({ index, count, match, stand, kickoff }) =>
    `🎟 Billet ${index}/${count}\n${match}\nTribune ${stand}\nCoup d’envoi : ${kickoff}\nPrésentez ce QR code à l’entrée. Un billet ne passe qu’une fois.`,
  announce: (novelty, title, price) => `🆕 ${novelty} : ${title}${price ? ` — ${price}` : ''}`,
  see: 'Voir',
  novelties: { film: 'Nouveau film', series: 'Nouvelle série', season: 'Nouvelle saison', episode: 'Nouvel épisode' },
  announceMatch: (match, from) => `⚽ Nouveau match : ${match}${from ? ` — dès ${from}` : ''}`,
  matchMoved: (match, before, away) =>
    `📅 Match déplacé : ${match}${away === null ? '' : away ? ', à l’extérieur' : ', à domicile'}${before ? ` (au lieu de ${before})` : ''}`,
  ticketsStillValid: 'Vos billets restent valables.',
  follow: (club) => `🔔 Suivre ${club}`,
  unfollow: (club) => `🔕 Ne plus suivre ${club}`,
  followed: (club) => `Vous suivez ${club} : nous vous préviendrons de ses nouveaux matchs.`,
  followingClubs: (clubs) => `Nouveaux matchs de : ${clubs.join(', ')}.`,
  unfollowed: (club) => `Vous ne suivez plus ${club} : plus de message pour ses nouveaux matchs.`,
  linked: (name) => `Votre compte Telegram est lié à ${name}.`,
  linkInvalid: 'Ce code est invalide ou expiré. Demandez-en un nouveau.',
  forYou: '✨ Pour vous :',
  nothingForYou: 'Pas encore de suggestion : regardez les films et les séries.',
};

const en: Texts = {
  greeting: (name) => `Hello ${name}! Welcome to Guichet: match tickets, films and series.`,
  menuPrompt: 'What would you like to do?',
  menu: {
    films: '🎬 Films',
    series: '📺 Series',
    matches: '⚽ Matches',
    mine: '🧾 My purchases',
    help: '❓ Help',
    forYou: '✨ For you',
    admin: '💬 Talk to an administrator',
    back: '← Back',
    menu: '☰ Menu',
  },
  help: [
    'I help you buy films, series and match tickets.',
    '• Films and series: choose, pay by Mobile Money (MTN, Orange), send the screenshot of the payment. Once checked, you get your credentials and your library link.',
    '• Matches: choose the stand and the number of seats, pay by card; your tickets arrive here.',
    'Type a title to search for it. /language to change language, /notifications for new releases, /stop to stop them.',
  ].join('\n'),
  askSubscribe: 'Would you like to hear about new films and series?',
  yes: 'Yes',
  no: 'No',
  subscribed: 'Done: you will hear about new releases. /stop to stop.',
  unsubscribed: 'Done: you will not hear about new releases any more. /notifications to turn them back on.',
  stopped: (clubs) =>
    `Done: no more messages from us, neither new releases nor new matches${clubs.length ? ` (you no longer follow ${clubs.join(', ')})` : ''}. /notifications to turn them back on.`,
  notificationsState: (on) => (on ? 'You hear about new releases.' : 'You do not hear about new releases.'),
  notificationsOn: 'Hear about new releases',
  notificationsOff: 'Stop them',
  chooseLanguage: 'Choisissez votre langue / Choose your language',
  languageSet: 'Language: English.',
  answers: {
    hello: 'Hello! I can show you films, series and upcoming matches.',
    price: 'Prices are shown on each film and series (in FCFA), and on each stand for matches (in euros). Choose a title to see its price.',
    pay: 'Films and series: pay by Mobile Money (MTN or Orange) to the number given, with the reference in the transfer message, then send me the screenshot. Matches: pay by card through the link I send you.',
    download:
      'Once your payment is approved you get your credentials. Log in to your library on the web and download your films and episodes (downloads resume if interrupted).',
    notUnderstood: 'I did not understand. Choose from the menu, type the title of a film, or talk to an administrator.',
  },
  films: (page, pages) => `🎬 Films — page ${page}/${pages}`,
  seriesList: (page, pages) => `📺 Series — page ${page}/${pages}`,
  noFilms: 'No films yet.',
  noSeries: 'No series yet.',
  previous: '‹ Previous',
  next: 'Next ›',
  searchResults: (query) => `Results for “${query}”:`,
  seasonsOf: (title) => `📺 ${title} — choose a season`,
  episodesOf: (series, season) => `📺 ${series} — season ${season}`,
  seasonLabel: (number, title) => (title ? `Season ${number}: ${title}` : `Season ${number}`),
  episodeLabel: (number, title) => `Episode ${number}: ${title}`,
  details: {
    year: 'Year:',
    duration: 'Duration:',
    language: 'Language:',
    price: 'Price:',
    genres: 'Genres:',
    notSoldAlone: 'Sold with the season or the series',
  },
  buy: (price) => `Buy — ${price}`,
  seeSeasons: 'See the seasons',
  seeEpisodes: 'See the episodes',
  instructions: ({ number, items, amount, operators, reference }) =>
    [
      `Order ${number}`,
      ...items.map((item) => `• ${item}`),
      '',
      `Amount to pay: ${amount}`,
      'By Mobile Money:',
      ...operators.map((operator) => `• ${operator}`),
      `Reference to put in the transfer: ${reference}`,
    ].join('\n'),
  sendProof: 'Once you have made the transfer, send the screenshot of the payment here (a photo).',
  proofReceived: (reference) =>
    `Thank you! Proof of payment received (reference ${reference}). Payment being checked: we will write as soon as it is approved.`,
  proofNotImage: 'This file is not an image. Send a screenshot or a photo of the payment (JPEG, PNG or WebP).',
  proofTooLarge: 'This image is over 5 MB. Send a lighter screenshot.',
  proofNotExpected: 'No proof is expected for this order (it was already checked).',
  proofWithoutOrder: 'I am not expecting a screenshot. First choose a film or a series to buy.',
  proofFailed: 'I could not fetch your image. Try again in a moment.',
  alreadyOwned: (title) => `You already own “${title}”: it is in your library.`,
  notOnSale: 'This is not on sale any more.',
  mobileMoneyUnavailable: 'Mobile Money payment is not available at the moment. Try again later.',
  orderFailed: 'The order could not be created. Try again in a moment.',
  approvedNewAccount: ({ items, url, username, password }) =>
    [
      '✅ Payment approved! Your content is in your library:',
      ...items.map((item) => `• ${item}`),
      '',
      `Library: ${url}`,
      `Username: ${username}`,
      `Password: ${password}`,
      'Keep these credentials: they give access to your purchases.',
    ].join('\n'),
  approvedExisting: ({ items, url }) =>
    ['✅ Payment approved! Your content is in your library:', ...items.map((item) => `• ${item}`), '', `Library: ${url}`].join('\n'),
  rejected: ({ reference, reason }) =>
    `❌ Your payment (reference ${reference}) could not be approved.\nReason: ${reason}\nReply here or talk to an administrator if you think this is a mistake.`,
  mine: (lines, url) => ['🧾 Your orders:', ...lines, ...(url ? ['', `Library: ${url}`] : [])].join('\n'),
  noOrders: 'You have no orders yet.',
  resendCredentials: '🔑 Get new credentials',
  confirmResend: 'A new password will replace the old one (the old one will stop working). Do you confirm?',
  credentials: ({ username, password, url }) => [`Library: ${url}`, `Username: ${username}`, `Password: ${password}`].join('\n'),
  orderStatus: {
    pending: 'waiting for payment',
    paid: 'paid',
    fulfilled: 'delivered',
    expired: 'expired',
    cancelled: 'cancelled',
    refunded: 'refunded',
    awaiting_review: 'payment being checked',
    rejected: 'payment rejected',
  },
  talkToAdmin: 'Write your message: I will pass it to an administrator.',
  forwarded: 'Message sent. An administrator will answer you here.',
  adminReply: (text) => `💬 Answer from an administrator:\n${text}`,
  noAdminChat: 'No administrator can be reached here at the moment.',
  matches: (page, pages) => `⚽ Upcoming matches — page ${page}/${pages}`,
  noMatches: 'No upcoming matches.',
  chooseStand: (match) => `${match}\nChoose a stand:`,
  standLine: (name, price, remaining) => `${name} — ${price} (${remaining} seats)`,
  chooseQuantity: (stand, max) => `Stand ${stand}. How many seats (1 to ${max})?`,
  soldOut: 'There are no seats left in this stand.',
  seatsHeld: ({ quantity, stand, match, total, minutes }) =>
    `${quantity} seat(s) reserved in stand ${stand}\n${match}\nTotal: ${total}\nPay within ${minutes} minutes, otherwise the seats go back on sale.`,
  payButton: '💳 Pay by card',
  overloaded: 'Many people right now. You are in the queue: I am retrying for you.',
  seatOrderFailed: (detail) => `The reservation did not go through: ${detail}`,
  ticketCaption: ({ index, count, match, stand, kickoff }) =>
    `🎟 Ticket ${index}/${count}\n${match}\nStand ${stand}\nKickoff: ${kickoff}\nShow this QR code at the gate. Each ticket enters once.`,
  announce: (novelty, title, price) => `🆕 ${novelty}: ${title}${price ? ` — ${price}` : ''}`,
  see: 'See',
  novelties: { film: 'New film', series: 'New series', season: 'New season', episode: 'New episode' },
  announceMatch: (match, from) => `⚽ New match: ${match}${from ? ` — from ${from}` : ''}`,
  matchMoved: (match, before, away) => `📅 Match moved: ${match}${away === null ? '' : away ? ', away' : ', at home'}${before ? ` (was ${before})` : ''}`,
  ticketsStillValid: 'Your tickets remain valid.',
  follow: (club) => `🔔 Follow ${club}`,
  unfollow: (club) => `🔕 Unfollow ${club}`,
  followed: (club) => `You follow ${club}: we will tell you of its new matches.`,
  followingClubs: (clubs) => `New matches of: ${clubs.join(', ')}.`,
  unfollowed: (club) => `You no longer follow ${club}: no more messages for its new matches.`,
  linked: (name) => `Your Telegram account is linked to ${name}.`,
  linkInvalid: 'This code is invalid or expired. Ask for a new one.',
  forYou: '✨ For you:',
  nothingForYou: 'No suggestions yet: have a look at the films and series.',
};

export const TEXTS: Record<Language, Texts> = { fr, en };
