/**
 * A well-formed id of a database row (any UUID version: ids come from gen_random_uuid()). Checked
 * before querying so a malformed id from a URL is "not found", never a database error (a 500).
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (value: string): boolean => UUID.test(value);
