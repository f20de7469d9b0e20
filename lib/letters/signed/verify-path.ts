/** Where anyone checks a letter by its number (GET /letters/verify/{number}); printed on every signed PDF. */
export const letterVerifyPath = (number: string) => `/letters/verify/${encodeURIComponent(number)}`;
