/** The submission page, and where its form posts (a route handler: the page itself is dynamic). */
export const SUBMIT_PATH = '/papers/submit';
export const SUBMIT_SEND_PATH = '/papers/submit/send';
