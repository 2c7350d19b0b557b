import { FR } from './fr';

/** English, complete: the same keys as French (the type makes a missing one a build error). */
export const EN: typeof FR = {
  app: { name: 'Guichet', console: 'Console', language: 'Language', logout: 'Log out', menu: 'Menu' },
  roles: { admin: 'Platform admin', organizer: 'Organizer', customer: 'Customer' },
  nav: {
    mail: 'Failed emails', competitions: 'Competitions', clubs: 'Clubs',
    dashboard: 'Dashboard', films: 'Films', series: 'Series', payments: 'Payments to check', customers: 'Customers', transactions: 'Transactions',
    stands: 'Stands', matches: 'Matches', scanner: 'Scan tickets', club: 'Club', gates: 'Gates', scans: 'Scan log',
  },
  login: {
    title: 'Log in to the console', login: 'Username or email', password: 'Password', submit: 'Log in',
    expired: 'Your session expired. Please log in again.', staffOnly: 'The console is for staff (admins and organizers).',
  },
  common: {
    loading: 'Loading…', retry: 'Try again', save: 'Save', cancel: 'Cancel', create: 'Create', edit: 'Edit',
    delete: 'Delete', copy: 'Copy', copied: 'Copied', close: 'Close', previous: 'Previous', next: 'Next',
    pageOf: 'Page {{page}} of {{pages}}', search: 'Search', total: 'Total', none: '—',
  },
  errors: {
    generic: 'Something went wrong. Please try again.', network: 'Cannot reach the server. Check your network and try again.',
    problems: {
      'quota-below-sold': 'More seats are already held or sold in this stand: the seats on sale cannot go below that.',
      'stand-has-tickets': 'Seats are already sold in this stand: it cannot be closed for this match.',
      'capacity-below-quota': 'A match already puts more seats of this stand on sale: lower that match’s number first.',
      'match-cancelled': 'This match is cancelled: it can no longer be changed.',
      'duplicate-stand': 'A stand is chosen twice.',
      'stand-exists': 'Your club already has a stand with this name.',
      'competition-exists': 'A competition already has this name.',
      'competition-in-use': 'Matches belong to this competition: it cannot be deleted.',
    },
  },
  dates: {
    dayHint: 'dd/mm/yyyy', badRange: 'The start date must come before the end date.', timeHint: '24-hour, e.g. 15:00',
    badDay: 'Date not recognised. Write it like this: 14/03/2026.', badTime: 'Time not recognised. Write it like this: 15:00.',
    dayRequired: 'Enter the date.', timeRequired: 'Enter the time.', openTimes: 'Choose a time',
    picker: {
      calendarLabel: 'Calendar', openCalendarLabel: 'Open the calendar', closeCalendarLabel: 'Close the calendar',
      prevMonthLabel: 'Previous month', nextMonthLabel: 'Next month', prevYearLabel: 'Previous year', nextYearLabel: 'Next year',
      prevMultiYearLabel: 'Previous 24 years', nextMultiYearLabel: 'Next 24 years',
      switchToMonthViewLabel: 'Choose the date', switchToMultiYearViewLabel: 'Choose the month and year',
    },
  },
  dashboard: {
    title: 'Dashboard', from: 'From', to: 'To', revenue: 'Revenue per day', byKind: 'Sales by kind', latest: 'Latest transactions', allTransactions: 'See all transactions',
    noRevenue: 'No revenue in this period.', noPayments: 'No transactions yet.',
    counts: {
      films: 'Films', series: 'Series', seasons: 'Seasons', episodes: 'Episodes', upcomingMatches: 'Upcoming matches',
      ticketsIssued: 'Tickets sold', failedMails: 'Failed emails', ticketsUsed: 'Tickets used', awaitingReview: 'Payments to check',
    },
    kinds: { stripe: 'Tickets (card)', mobile_money: 'Films and series (Mobile Money)' },
  },
  payment: {
    status: {
      pending: 'Pending', awaiting_review: 'Payment being checked', succeeded: 'Paid', failed: 'Failed',
      rejected: 'Rejected', refunded: 'Refunded',
    },
    method: { stripe: 'Card', mobile_money: 'Mobile Money' },
  },
  review: {
    title: 'Payments to check', empty: 'No payment to check. You are all caught up.', amount: 'Amount', reference: 'Reference',
    buyer: 'Buyer', sentAt: 'Sent on', proof: 'Proof of payment (screenshot)', noProof: 'No proof sent yet.',
    zoom: 'Enlarge the proof', approve: 'Approve', reject: 'Reject', reason: 'Reason for rejecting (shown to the customer)',
    reasonRequired: 'Give the reason for rejecting.', approved: 'Payment approved: the customer has received the purchase.',
    rejected: 'Payment rejected. The customer is told.', deciding: 'Saving…',
  },
  customers: {
    title: 'Customers', create: 'Create a customer', displayName: 'Display name', email: 'Email (optional)', phone: 'Phone (optional)',
    telegram: 'Telegram user id (optional)', created: 'Customer created. Give them these credentials: they will not be shown again.',
    username: 'Username', password: 'Password', resetPassword: 'New password', customerId: 'Customer id (UUID)',
    reset: 'Password reset. Their sessions are closed.', assign: 'Assign content', contentType: 'Type',
    assigned: 'Content assigned: it shows in their library.',
    types: { film: 'Film', series: 'Series', season: 'Season', episode: 'Episode' },
    search: 'Search a customer (name, username, email)', empty: 'No customer found.', contact: 'Contact', since: 'Created',
    assignTo: 'Assign content to {{name}}', contentSearch: 'Search the content', content: 'Content',
  },
  competitions: {
    title: 'Competitions', name: 'Name', country: 'Country (optional)', countryHint: '2-letter code: BE, CM, CD…', countryShort: 'Country', newName: 'New name', rename: 'Rename',
    created: 'Competition created.', renamed: 'Competition renamed.', deleted: 'Competition deleted.',
    confirmDelete: 'Delete the competition “{{name}}”? This cannot be undone.',
    empty: 'No competitions yet. Create the first one so clubs can attach their matches to it.',
    exists: 'A competition already has this name. Choose another one.',
    inUse: 'Matches belong to this competition, so it cannot be deleted. Rename it instead.',
  },
  clubs: {
    title: 'Clubs', search: 'Search for a club', name: 'Club', country: 'Country', since: 'Registered on',
    empty: 'No clubs found. Clubs register themselves from the organizer sign-up page.',
  },
  transactions: {
    title: 'Transactions', export: 'Export as CSV', filters: 'Filters', from: 'From', to: 'To (included)', status: 'Status', kind: 'Purchase',
    method: 'Payment method', all: 'All', kinds: { seat: 'Match tickets', content: 'Films and series' },
    empty: 'No transactions match these filters. Widen the period or remove a filter.', count: '{{total}} transaction(s)',
    date: 'Date', amount: 'Amount', buyer: 'Buyer', reference: 'Reference',
  },
  mail: {
    title: 'Failed emails', failed: 'Failed (kept 14 days)', failedTotal: 'Given up since the start', deliveryLabel: 'Delivery',
    delivery: { smtp: 'SMTP server', outbox: 'Local outbox (no SMTP)' }, failedList: 'Emails given up',
    noFailed: 'No failed email. Everything was sent.', to: 'Recipient', subject: 'Subject', failedAt: 'Given up on',
    retried: 'Email put back in the sending queue.', outbox: 'Local outbox', outboxEmpty: 'The local outbox is empty.', storedAt: 'Received',
  },
  stands: {
    title: 'Stands', empty: 'No stands yet. Create your first stand.', name: 'Name', capacity: 'Seats', price: 'Price',
    currency: 'Currency', create: 'Create the stand', created: 'Stand created.', deleted: 'Stand deleted.', saved: 'Stand saved.',
    confirmDelete: 'Delete the stand “{{name}}”?',
  },
  matches: {
    title: 'Matches', empty: 'No upcoming match. Create your first match.', opponent: 'Opponent', kickoff: 'Date and time (Brussels)',
    kickoffDay: 'Match date', kickoffTime: 'Time (Brussels)',
    venue: 'Venue', home: 'Home', away: 'Away', stands: 'Open stands', quota: 'Seats on sale', remaining: 'Seats left',
    create: 'Create the match', created: 'Match created.', status: { scheduled: 'Scheduled', cancelled: 'Cancelled' },
    cancel: 'Cancel the match', cancelled: 'Match cancelled.', attendance: 'Attendance', needStand: 'Create a stand first.',
    orders: 'Orders', competition: 'Competition', noCompetition: 'No competition', editTitle: 'Edit the match against {{opponent}}',
    saved: 'Match saved.', standsEdit: 'Stands: price and seats on sale', price: 'Price ({{currency}})',
    taken: '{{count}} already held or sold',
    confirmCancel: 'Cancel the match against {{opponent}}? Tickets already sold will be voided and their buyers refunded automatically by card. This cannot be undone.',
  },
  matchOrders: {
    title: 'Orders and buyers', back: 'Matches', status: 'Status', sold: 'Paid',
    statuses: { paid: 'Paid, tickets being issued', fulfilled: 'Paid, tickets sent', refunded: 'Refunded' },
    empty: 'No order for this match yet. They show here as soon as they are paid.',
    emptyStatus: 'No order with this status for this match.',
    orders: 'Orders', seats: 'Seats', revenue: 'Revenue', number: 'No.', buyer: 'Buyer', stands: 'Stands',
    amount: 'Amount', paidAt: 'Paid on', noEmail: 'no email',
  },
  live: { connecting: 'Connecting live…', on: 'Live: changes show as they happen.', off: 'Live connection lost: updated every 30 seconds while reconnecting.' },
  attendance: {
    title: 'Live attendance', sold: 'Tickets sold', checkedIn: 'Checked in',
  },
  gates: {
    title: 'Gates', name: 'Gate name', empty: 'No gates yet. Create your first gate.',
    keyOnce: 'Device key: copy it into the gate now, it will not be shown again.', status: 'Status', door: 'Door',
    lastSeen: 'Last seen', online: 'Online', offline: 'Offline',
    doors: { unknown: 'Unknown', closed: 'Closed', open: 'Open', closing: 'Closing' },
  },
  scans: { title: 'Scan log', empty: 'No scans yet.', at: 'Time', result: 'Result', mode: 'By', gate: 'Gate', staff: 'Staff' },
  club: {
    title: 'Club', stripeIntro: 'To sell tickets by card, your club needs its Stripe payment account.',
    onboard: 'Open or complete the Stripe account', returned: 'You are back from Stripe. Sales open as soon as Stripe enables your account.',
    expiredLink: 'The Stripe link expired. Click the button again.',
  },
  catalogue: {
    edit: 'Edit', saved: 'Changes saved.', description: 'Description', genres: 'Genres',
    duration: 'Duration (minutes)', language: 'Language', thumbnail: 'Image', noThumbnail: 'No image', thumbnailSaved: 'Image saved.',
    thumbnailTooLarge: 'The image is larger than 5 MB.', media: 'Video file', noMedia: 'No video file.',
    export: 'Export the catalogue (JSON)',
    sendMedia: 'Send the file', mediaProgress: 'Upload progress', resuming: 'Resuming…', mediaDone: 'Video file saved.',
  },
  series: {
    title: 'Series', name: 'Title', year: 'Year', price: 'Price (FCFA)', empty: 'No series yet. Create your first series.',
    created: 'Series created.', archived: 'Series archived.', archive: 'Archive', confirmArchive: 'Archive the series “{{title}}”? It will no longer be on sale.',
    season: 'Season {{number}}', seasonTitle: 'Season title (optional)', addSeason: 'Add a season', seasonCreated: 'Season added.',
    archiveSeason: 'Archive the season', episodeTitle: 'Episode title', addEpisode: 'Add an episode', episodeCreated: 'Episode added.',
    hasVideo: 'Video saved', confirmArchivePart: 'Archive “{{title}}”? It will no longer be on sale.', archivedPart: 'Archived.',
  },
  films: {
    title: 'Films', name: 'Title', year: 'Year', price: 'Price (FCFA)', empty: 'No films yet. Create your first film.',
    created: 'Film created.', archived: 'Film archived.', archive: 'Archive', confirmArchive: 'Archive the film “{{title}}”? It will no longer be on sale.',
  },
  scanner: {
    title: 'Scan tickets', start: 'Turn the camera on', stop: 'Turn the camera off', manual: 'Ticket code', check: 'Check',
    noCamera: 'Camera unavailable: type the ticket code.', next: 'Next ticket', tapToContinue: 'Tap to continue',
    status: {
      ok: 'Admitted', already_used: 'Already used', invalid: 'Unknown ticket', wrong_club: 'Ticket of another club',
      wrong_match: 'Ticket of another match', not_paid: 'Ticket not paid', void: 'Ticket cancelled',
    },
    usedAt: 'Used on {{at}}',
  },
};
