/** The same keys as `T`, any text: what a translation of an English string tree must look like. */
export type Translation<T> = { [K in keyof T]: T[K] extends string ? string : Translation<T[K]> };

/**
 * One feature's strings in all three languages, side by side in one file, so a feature's author edits one
 * file and the compiler checks that Swedish and Norwegian have exactly the English keys.
 */
export function defineStrings<T extends object>(strings: { en: T; sv: Translation<T>; nb: Translation<T> }) {
  return strings;
}
