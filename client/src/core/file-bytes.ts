// A picked file's bytes: text for recognising what it is, base64 to send CSV files to the server,
// which detects their encoding itself (server/import/formats/csv-decode.ts).

/** The text of a file for recognising its format: UTF-16 by its BOM, else UTF-8 (U+FFFD where it is not). */
export function previewText(bytes: Uint8Array): string {
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
  return new TextDecoder(encoding).decode(bytes);
}

/** Standard base64 with padding (RFC 4648), as the API's `entitiesBase64` … fields take it. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // In chunks: String.fromCharCode with a whole file's bytes as arguments overflows the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
