// The hand-out's QR code as an SVG data URL. The vCard is UTF-8 and the code says so: an ECI
// segment (assignment 26, UTF-8) precedes the bytes, so a reader does not have to guess the
// character set (readers that guess print "Börde" as "B繹rde").
import { correction, generate, mode } from 'lean-qr';
import { toSvgDataURL } from 'lean-qr/extras/svg';

const UTF8_ECI = 26;

/** The code for `text`, or '' when the text is too long for a QR code. */
export function qrCodeDataUrl(text: string): string {
  try {
    const code = generate(mode.multi(mode.eci(UTF8_ECI), mode.bytes(new TextEncoder().encode(text))), { minCorrectionLevel: correction.M });
    return toSvgDataURL(code, { on: 'black', off: 'white', pad: 2 });
  } catch {
    // Too much text for a QR code: the sheet still has every detail in print.
    return '';
  }
}
