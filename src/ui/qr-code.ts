// A QR code as an SVG data URL: the hand-out's contact card, the authenticator app's key.
// Text beyond ASCII is UTF-8 and the code says so: an ECI segment (assignment 26, UTF-8)
// precedes the bytes, so a reader does not have to guess the character set (readers that guess
// print "Börde" as "B繹rde"). ASCII text goes without it, as every reader expects.
import { correction, generate, mode } from 'lean-qr';
import { toSvgDataURL } from 'lean-qr/extras/svg';

const UTF8_ECI = 26;

/** The code for `text`, or '' when the text is too long for a QR code. */
export function qrCodeDataUrl(text: string): string {
  const bytes = mode.bytes(new TextEncoder().encode(text));
  const ascii = [...text].every((char) => char.charCodeAt(0) < 0x80);
  try {
    const code = generate(ascii ? bytes : mode.multi(mode.eci(UTF8_ECI), bytes), { minCorrectionLevel: correction.M });
    return toSvgDataURL(code, { on: 'black', off: 'white', pad: 2 });
  } catch {
    // Too much text for a QR code: a hand-out still has every detail in print.
    return '';
  }
}
