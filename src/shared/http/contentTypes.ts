// A Map, not an object: a file named "x.constructor" must not find Object.prototype's members.
const contentTypes: ReadonlyMap<string, string> = new Map(
  Object.entries({
    html: 'text/html; charset=utf-8',
    js: 'text/javascript; charset=utf-8',
    mjs: 'text/javascript; charset=utf-8',
    css: 'text/css; charset=utf-8',
    json: 'application/json; charset=utf-8',
    map: 'application/json; charset=utf-8',
    txt: 'text/plain; charset=utf-8',
    svg: 'image/svg+xml',
    png: 'image/png',
    jpg: 'image/jpeg',
    jpeg: 'image/jpeg',
    gif: 'image/gif',
    webp: 'image/webp',
    ico: 'image/x-icon',
    woff: 'font/woff',
    woff2: 'font/woff2',
    ttf: 'font/ttf',
    wasm: 'application/wasm',
  }),
);

/** The Content-Type for a file of the built renderer, by its extension (either / or \ separates folders). */
export function contentTypeFor(path: string): string {
  const name = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  const dot = name.lastIndexOf('.');
  // ".hidden" has no extension, as node:path's extname says too.
  if (dot <= 0) return 'application/octet-stream';
  return contentTypes.get(name.slice(dot + 1).toLowerCase()) ?? 'application/octet-stream';
}
