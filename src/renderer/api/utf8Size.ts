/**
 * Whether `text` takes more than `limit` bytes as UTF-8. Counts only when it must, and never past the
 * limit: every UTF-16 unit is 1 to 3 bytes (a surrogate pair, two units, is 4), so most frames are
 * decided by their length alone.
 */
export function utf8BytesExceed(text: string, limit: number): boolean {
  if (text.length > limit) return true;
  if (text.length * 3 <= limit) return false;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (isHighSurrogate(unit) && isLowSurrogate(text.charCodeAt(i + 1))) {
      bytes += 4;
      i++;
    } else bytes += 3; // a lone surrogate is sent as U+FFFD, 3 bytes too
    if (bytes > limit) return true;
  }
  return false;
}

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}
