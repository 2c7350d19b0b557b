/** A local service `npm start` needs could not be started: the message says what to do. */
export class LocalServiceError extends Error {}
