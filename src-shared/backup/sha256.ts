/**
 * SHA-256 of a string's UTF-8 bytes, as 64 lower-case hex digits, by Web Crypto
 * (`crypto.subtle.digest`) and `TextEncoder`: both are globals in every runtime src-shared runs in
 * (Node 20 for main and the tests, the renderer's secure `app://` origin and `127.0.0.1`, workers).
 * src-shared's tsconfig has neither DOM nor Node types, so the two are typed here as used.
 */

interface WebCryptoGlobals {
  readonly crypto: {
    readonly subtle: {
      digest(algorithm: 'SHA-256', data: Uint8Array<ArrayBuffer>): Promise<ArrayBuffer>;
    };
  };
  readonly TextEncoder: new () => { encode(text: string): Uint8Array<ArrayBuffer> };
}

const web = globalThis as unknown as WebCryptoGlobals;

/** UTF-8 bytes of `text`; lone surrogates become U+FFFD. */
export function utf8Bytes(text: string): Uint8Array<ArrayBuffer> {
  return new web.TextEncoder().encode(text);
}

const HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));

export async function sha256Hex(text: string): Promise<string> {
  const digest = new Uint8Array(await web.crypto.subtle.digest('SHA-256', utf8Bytes(text)));
  let hex = '';
  for (const byte of digest) hex += HEX[byte]!;
  return hex;
}
