/** French, the console's default language (formal « vous », words from UI.md). */
export const FR = {
  app: { name: 'Guichet', console: 'Console', language: 'Langue', logout: 'Se déconnecter', menu: 'Menu' },
  nav: {
    dashboard: 'Tableau de bord', films: 'Films', series: 'Séries', payments: 'Paiements à vérifier', customers: 'Clients', transactions: 'Transactions', mail: 'E-mails en échec',
    competitions: 'Compétitions', clubs: 'Clubs',
    stands: 'Tribunes', matches: 'Matchs', scanner: 'Scanner les billets', club: 'Club', gates: 'Portiques', scans: 'Journal des scans',
  },
  login: {
    title: 'Connexion à la console', login: 'Identifiant ou e-mail', password: 'Mot de passe', submit: 'Se connecter',
    expired: 'Votre session a expiré. Reconnectez-vous.', staffOnly: 'La console est réservée au personnel (administrateurs et organisateurs).',
  },
  common: {
    loading: 'Chargement…', retry: 'Réessayer', save: 'Enregistrer', cancel: 'Annuler', create: 'Créer', edit: 'Modifier',
    delete: 'Supprimer', copy: 'Copier', copied: 'Copié', close: 'Fermer', previous: 'Précédent', next: 'Suivant',
    pageOf: 'Page {{page}} sur {{pages}}', search: 'Rechercher', total: 'Total', none: '—',
  },
  errors: { generic: 'Une erreur est survenue. Réessayez.', network: 'Pas de connexion au serveur. Vérifiez votre réseau et réessayez.' },
  dashboard: {
    title: 'Tableau de bord', from: 'Du', to: 'Au', revenue: 'Recettes par jour', byKind: 'Ventes par type', latest: 'Dernières transactions', allTransactions: 'Voir toutes les transactions',
    noRevenue: 'Aucune recette sur cette période.', noPayments: 'Aucune transaction pour l’instant.',
    counts: {
      films: 'Films', series: 'Séries', seasons: 'Saisons', episodes: 'Épisodes', upcomingMatches: 'Matchs à venir',
      ticketsIssued: 'Billets vendus', failedMails: 'E-mails en échec', ticketsUsed: 'Billets utilisés', awaitingReview: 'Paiements à vérifier',
    },
    kinds: { stripe: 'Billets (carte)', mobile_money: 'Films et séries (Mobile Money)' },
  },
  payment: {
    status: {
      pending: 'En attente', awaiting_review: 'Paiement en attente de vérification', succeeded: 'Payé', failed: 'Échoué',
      rejected: 'Refusé', refunded: 'Remboursé',
    },
    method: { stripe: 'Carte', mobile_money: 'Mobile Money' },
  },
  review: {
    title: 'Paiements à vérifier', empty: 'Aucun paiement à vérifier. Tout est à jour.', amount: 'Montant', reference: 'Référence',
    buyer: 'Acheteur', sentAt: 'Envoyé le', proof: 'Preuve de paiement (capture d’écran)', noProof: 'Pas encore de preuve envoyée.',
    zoom: 'Agrandir la preuve', approve: 'Approuver', reject: 'Refuser', reason: 'Motif du refus (montré au client)',
    reasonRequired: 'Indiquez le motif du refus.', approved: 'Paiement approuvé : le client a reçu son achat.',
    rejected: 'Paiement refusé. Le client en est informé.', deciding: 'Enregistrement…',
  },
  customers: {
    title: 'Clients', create: 'Créer un client', displayName: 'Nom affiché', email: 'E-mail (facultatif)', phone: 'Téléphone (facultatif)',
    telegram: 'Identifiant Telegram (facultatif)', created: 'Client créé. Transmettez-lui ces identifiants : ils ne seront plus affichés.',
    username: 'Identifiant', password: 'Mot de passe', resetPassword: 'Nouveau mot de passe', customerId: 'Identifiant du client (UUID)',
    reset: 'Mot de passe réinitialisé. Ses sessions sont fermées.', assign: 'Attribuer un contenu', contentType: 'Type',
    assigned: 'Contenu attribué : il apparaît dans sa bibliothèque.',
    types: { film: 'Film', series: 'Série', season: 'Saison', episode: 'Épisode' },
    search: 'Rechercher un client (nom, identifiant, e-mail)', empty: 'Aucun client trouvé.', contact: 'Contact', since: 'Créé le',
    assignTo: 'Attribuer un contenu à {{name}}', contentSearch: 'Rechercher le contenu', content: 'Contenu',
  },
  competitions: {
    title: 'Compétitions', name: 'Nom', country: 'Pays (facultatif)', countryHint: 'Code à 2 lettres : BE, CM, CD…', countryShort: 'Pays', newName: 'Nouveau nom', rename: 'Renommer',
    created: 'Compétition créée.', renamed: 'Compétition renommée.', deleted: 'Compétition supprimée.',
    confirmDelete: 'Supprimer la compétition « {{name}} » ? Cette action est définitive.',
    empty: 'Aucune compétition. Créez la première pour que les clubs puissent y rattacher leurs matchs.',
    exists: 'Une compétition porte déjà ce nom. Choisissez-en un autre.',
    inUse: 'Des matchs appartiennent à cette compétition : elle ne peut pas être supprimée. Renommez-la plutôt.',
  },
  clubs: {
    title: 'Clubs', search: 'Rechercher un club', name: 'Club', country: 'Pays', since: 'Inscrit le',
    empty: 'Aucun club trouvé. Les clubs s’inscrivent eux-mêmes depuis la page d’inscription des organisateurs.',
  },
  transactions: {
    title: 'Transactions', export: 'Exporter en CSV', filters: 'Filtres', from: 'Du', to: 'Au (inclus)', status: 'Statut', kind: 'Achat',
    method: 'Moyen de paiement', all: 'Tous', kinds: { seat: 'Billets de match', content: 'Films et séries' },
    empty: 'Aucune transaction pour ces filtres. Élargissez la période ou retirez un filtre.', count: '{{total}} transaction(s)',
    badRange: 'La date de début doit précéder la date de fin.', date: 'Date', amount: 'Montant', buyer: 'Acheteur', reference: 'Référence',
  },
  mail: {
    title: 'E-mails en échec', failed: 'En échec (conservés 14 jours)', failedTotal: 'Abandonnés depuis le début', deliveryLabel: 'Envoi',
    delivery: { smtp: 'Serveur SMTP', outbox: 'Boîte locale (sans SMTP)' }, failedList: 'E-mails abandonnés',
    noFailed: 'Aucun e-mail en échec. Tout est parti.', to: 'Destinataire', subject: 'Objet', failedAt: 'Abandonné le',
    retried: 'E-mail remis dans la file d’envoi.', outbox: 'Boîte locale', outboxEmpty: 'La boîte locale est vide.', storedAt: 'Reçu le',
  },
  stands: {
    title: 'Tribunes', empty: 'Aucune tribune. Créez votre première tribune.', name: 'Nom', capacity: 'Places', price: 'Prix',
    currency: 'Devise', create: 'Créer la tribune', created: 'Tribune créée.', deleted: 'Tribune supprimée.', saved: 'Tribune enregistrée.',
    confirmDelete: 'Supprimer la tribune « {{name}} » ?',
  },
  matches: {
    title: 'Matchs', empty: 'Aucun match à venir. Créez votre premier match.', opponent: 'Adversaire', kickoff: 'Date et heure (Bruxelles)',
    venue: 'Lieu', home: 'À domicile', away: 'À l’extérieur', stands: 'Tribunes ouvertes', quota: 'Places en vente', remaining: 'Places restantes',
    create: 'Créer le match', created: 'Match créé.', status: { scheduled: 'Programmé', cancelled: 'Annulé' },
    cancel: 'Annuler le match', cancelled: 'Match annulé.', attendance: 'Affluence', needStand: 'Créez d’abord une tribune.',
    confirmCancel: 'Annuler le match contre {{opponent}} ? Les billets déjà vendus seront annulés et leurs acheteurs remboursés automatiquement par carte. Cette action est définitive.',
  },
  live: { connecting: 'Connexion en direct…', on: 'En direct : les changements s’affichent dès qu’ils arrivent.', off: 'Connexion en direct interrompue : mise à jour toutes les 30 secondes, reconnexion en cours.' },
  attendance: {
    title: 'Affluence en direct', sold: 'Billets vendus', checkedIn: 'Entrés',
  },
  gates: {
    title: 'Portiques', name: 'Nom du portique', empty: 'Aucun portique. Créez votre premier portique.',
    keyOnce: 'Clé de l’appareil : copiez-la dans le portique maintenant, elle ne sera plus affichée.', status: 'État', door: 'Porte',
    lastSeen: 'Dernier signe de vie', online: 'En ligne', offline: 'Hors ligne',
    doors: { unknown: 'Inconnue', closed: 'Fermée', open: 'Ouverte', closing: 'Se ferme' },
  },
  scans: { title: 'Journal des scans', empty: 'Aucun scan pour l’instant.', at: 'Heure', result: 'Résultat', mode: 'Par', gate: 'Portique', staff: 'Personnel' },
  club: {
    title: 'Club', stripeIntro: 'Pour vendre des billets par carte, votre club doit ouvrir son compte de paiement Stripe.',
    onboard: 'Ouvrir ou compléter le compte Stripe', returned: 'Vous revenez de Stripe. Les ventes s’ouvrent dès que Stripe active votre compte.',
    expiredLink: 'Le lien Stripe a expiré. Cliquez à nouveau sur le bouton.',
  },
  catalogue: {
    edit: 'Modifier', saved: 'Modifications enregistrées.', description: 'Description', genres: 'Genres',
    duration: 'Durée (minutes)', language: 'Langue', thumbnail: 'Image', noThumbnail: 'Aucune image', thumbnailSaved: 'Image enregistrée.',
    thumbnailTooLarge: 'L’image dépasse 5 Mo.', media: 'Fichier vidéo', noMedia: 'Aucun fichier vidéo.',
    export: 'Exporter le catalogue (JSON)',
    sendMedia: 'Envoyer le fichier', mediaProgress: 'Progression de l’envoi', resuming: 'Reprise…', mediaDone: 'Fichier vidéo enregistré.',
  },
  series: {
    title: 'Séries', name: 'Titre', year: 'Année', price: 'Prix (FCFA)', empty: 'Aucune série. Créez votre première série.',
    created: 'Série créée.', archived: 'Série archivée.', archive: 'Archiver', confirmArchive: 'Archiver la série « {{title}} » ? Elle ne sera plus en vente.',
    season: 'Saison {{number}}', seasonTitle: 'Titre de la saison (facultatif)', addSeason: 'Ajouter une saison', seasonCreated: 'Saison ajoutée.',
    archiveSeason: 'Archiver la saison', episodeTitle: 'Titre de l’épisode', addEpisode: 'Ajouter un épisode', episodeCreated: 'Épisode ajouté.',
    hasVideo: 'Vidéo enregistrée', confirmArchivePart: 'Archiver « {{title}} » ? Ce contenu ne sera plus en vente.', archivedPart: 'Archivé.',
  },
  films: {
    title: 'Films', name: 'Titre', year: 'Année', price: 'Prix (FCFA)', empty: 'Aucun film. Créez votre premier film.',
    created: 'Film créé.', archived: 'Film archivé.', archive: 'Archiver', confirmArchive: 'Archiver le film « {{title}} » ? Il ne sera plus en vente.',
  },
  scanner: {
    title: 'Scanner les billets', start: 'Activer la caméra', stop: 'Arrêter la caméra', manual: 'Code du billet', check: 'Vérifier',
    noCamera: 'Caméra indisponible : saisissez le code du billet.', next: 'Billet suivant', tapToContinue: 'Touchez pour continuer',
    status: {
      ok: 'Entrée autorisée', already_used: 'Déjà utilisé', invalid: 'Billet inconnu', wrong_club: 'Billet d’un autre club',
      wrong_match: 'Billet d’un autre match', not_paid: 'Billet non payé', void: 'Billet annulé',
    },
    usedAt: 'Utilisé le {{at}}',
  },
};
