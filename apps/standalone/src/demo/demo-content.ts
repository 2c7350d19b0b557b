/** The demo's catalogue: invented titles, so nothing here belongs to anyone. Prices in XAF (Mobile Money). */
export const DEMO_FILMS = [
  {
    title: 'Le Dernier Train pour Kribi',
    genres: ['drame', 'voyage'],
    year: 2023,
    durationMinutes: 104,
    language: 'fr',
    price: 1500,
    hue: 18,
    description: 'Un cheminot à la veille de sa retraite conduit le dernier train de la ligne côtière, et chaque gare lui rend un souvenir.',
  },
  {
    title: 'Les Gardiens du Mont Cameroun',
    genres: ['aventure'],
    year: 2022,
    durationMinutes: 118,
    language: 'fr',
    price: 2000,
    hue: 130,
    description: 'Trois amis partent à la recherche d’un guide disparu sur les pentes du volcan, pendant la saison des pluies.',
  },
  {
    title: 'Douala by Night',
    genres: ['comédie'],
    year: 2024,
    durationMinutes: 95,
    language: 'fr',
    price: 1000,
    hue: 265,
    description: 'Un chauffeur de taxi-moto accepte une course qui va durer toute la nuit et traverser toute la ville.',
  },
  {
    title: 'La Finale',
    genres: ['sport', 'drame'],
    year: 2021,
    durationMinutes: 109,
    language: 'fr',
    price: 1500,
    hue: 205,
    description: 'Un club de quartier de Bruxelles se qualifie pour la finale de la coupe régionale. Il lui manque un gardien.',
  },
];

export const DEMO_SERIES = {
  title: 'Marché Central',
  genres: ['drame', 'famille'],
  year: 2024,
  language: 'fr',
  price: 5000,
  hue: 40,
  description: 'La vie de trois familles de commerçants au marché central de Yaoundé, saison après saison.',
  seasons: [
    { number: 1, title: 'Saison 1', price: 3000, episodes: ['L’ouverture', 'La concurrence', 'Le grand orage'] },
    { number: 2, title: 'Saison 2', price: 3000, episodes: ['Le retour de Mireille', 'Les nouvelles étales'] },
  ],
};

export const DEMO_CLUB = { name: 'Royal Guichet FC (démo)', country: 'BE' };
export const DEMO_COMPETITION = { name: 'Division 3 ACFF (démo)', country: 'BE' };
export const DEMO_STANDS = [
  { name: 'Tribune Principale', capacity: 300, price: { amount: 1500, currency: 'EUR' } },
  { name: 'Tribune Nord', capacity: 500, price: { amount: 1000, currency: 'EUR' } },
];
/** The first is on sale; the two later ones are announced with no seats on sale yet. */
export const DEMO_OPPONENTS = ['FC Uccle Sport', 'RUS Rebecquoise', 'Stade Everois'];
