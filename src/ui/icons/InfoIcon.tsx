// An "i" in a circle drawn as SVG, so it shows on every device: the character ⓘ is missing
// from many tablets' system fonts and printed as an empty box.
export function InfoIcon() {
  return (
    <svg className="icon" aria-hidden="true" focusable="false" viewBox="0 0 16 16" width="1em" height="1em">
      <circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <circle cx="8" cy="4.6" r="1.1" fill="currentColor" />
      <rect x="7.1" y="6.8" width="1.8" height="5.4" rx="0.4" fill="currentColor" />
    </svg>
  );
}
