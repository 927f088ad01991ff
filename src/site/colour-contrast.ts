/**
 * Contrast between a colour and white, by WCAG 2.2's formulas (relative luminance, then
 * (L1 + 0.05) / (L2 + 0.05)), so a Trust's brand colour is refused before it makes links unreadable.
 */

/** WCAG 2.2 AA for text and links of normal size (success criterion 1.4.3). */
export const MINIMUM_TEXT_CONTRAST = 4.5;

const HEX_COLOUR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

export function isHexColour(value: string): boolean {
  return HEX_COLOUR.test(value);
}

/** "#1D4F91" and "#abc" become "#1d4f91" and "#aabbcc". */
export function normaliseHexColour(value: string): string {
  const digits = value.slice(1).toLowerCase();
  return `#${digits.length === 3 ? [...digits].map((digit) => digit + digit).join('') : digits}`;
}

function channelLuminance(channel: number): number {
  const value = channel / 255;
  return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
}

/** A "#rrggbb" colour's relative luminance, from 0 (black) to 1 (white). */
export function relativeLuminance(hexColour: string): number {
  const full = normaliseHexColour(hexColour);
  const [red, green, blue] = [1, 3, 5].map((start) => channelLuminance(Number.parseInt(full.slice(start, start + 2), 16)));
  return 0.2126 * red! + 0.7152 * green! + 0.0722 * blue!;
}

/** The contrast ratio of a colour against white, from 1 to 21. */
export function contrastWithWhite(hexColour: string): number {
  return 1.05 / (relativeLuminance(hexColour) + 0.05);
}

/**
 * A ratio as people read it, "3.94:1". Rounded down, so a colour just under the minimum never
 * reads as if it met it.
 */
export function formatContrast(ratio: number): string {
  return `${(Math.floor(ratio * 100) / 100).toFixed(2)}:1`;
}
