import { foldForSearch } from '../../shared/text/foldForSearch';

/** The ASCII local part of a made-up e-mail address: "Bjørn Ødegård" -> "bjorn.odegard". */
export function mailLocalPart(name: string): string {
  return foldForSearch(name)
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '.')
    .replace(/^\.+|\.+$/g, '');
}
