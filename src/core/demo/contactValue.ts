import { foldForSearch } from '../../shared/text/foldForSearch';

/** What incoming contacts are matched on (schema: lower-cased, spaces and punctuation stripped). */
export function normalizeContactValue(value: string): string {
  return value.toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');
}

/** The ASCII local part of a made-up e-mail address: "Bjørn Ødegård" -> "bjorn.odegard". */
export function mailLocalPart(name: string): string {
  return foldForSearch(name)
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '.')
    .replace(/^\.+|\.+$/g, '');
}
