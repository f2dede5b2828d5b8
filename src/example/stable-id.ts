// Ids for example records, derived from stable keys such as "goal:sprache-1", so that a
// rebuilt example keeps every id: links, exports and a reset all see the same records.
// The key is hashed to 128 bits with four interleaved 32-bit multiply-xor lanes (the
// cyrb128 construction); six bits are then overwritten to make it a valid UUID v4 string
// (version nibble 4, variant 8..b). 122 bits leave collisions out of practical reach, and a
// duplicate would still be caught by the snapshot check. Not cryptographic, and needs not be.

function hash128(key: string): [number, number, number, number] {
  let h1 = 0x6a09e667;
  let h2 = 0xbb67ae85;
  let h3 = 0x3c6ef372;
  let h4 = 0xa54ff53a;
  for (let i = 0; i < key.length; i++) {
    const k = key.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

const hex8 = (n: number): string => n.toString(16).padStart(8, '0');

/** A UUID v4-shaped id that is always the same for the same key. */
export function stableId(key: string): string {
  const [a, b, c, d] = hash128(key);
  const versioned = ((b & 0xffff0fff) | 0x00004000) >>> 0;
  const variant = ((c & 0x3fffffff) | 0x80000000) >>> 0;
  const h = hex8(a) + hex8(versioned) + hex8(variant) + hex8(d);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
