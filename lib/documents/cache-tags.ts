/** Cache tag of everything public that a publication, change or withdrawal alters. */
export const CATALOGUE_TAG = "catalogue";
/** Longest time another app server may serve a cached public page after a change elsewhere. */
export const CATALOGUE_REVALIDATE_SECONDS = 300;

/** A value after a JSON round trip (what a data cache gives back): dates become ISO strings. */
export type Jsonified<T> = T extends Date
  ? string
  : T extends (infer U)[]
    ? Jsonified<U>[]
    : T extends object
      ? { [K in keyof T]: Jsonified<T[K]> }
      : T;

export function jsonify<T>(value: T): Jsonified<T> {
  return JSON.parse(JSON.stringify(value)) as Jsonified<T>;
}
