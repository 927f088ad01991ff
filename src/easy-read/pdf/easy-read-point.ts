import type { ComponentRenderer } from '#src/pdf/policy-markup.ts';

/**
 * An easy-read point in a PDF, as on the page: the picture on the left, in a column of its own so the
 * words always start in the same place, and the words on the right. A point is kept on one page, as
 * easy read asks; only one longer than a whole page may break, since Typst would cut off the rest.
 * The closing paragraph break makes one line of words a tagged paragraph (P), as it is on the page;
 * without it Typst tags words alone in a cell as a Span. List items are spaced apart like points.
 */
export const POINT_PREAMBLE = `#set list(spacing: 0.9em)
#let easy-read-point(picture, words) = layout(size => {
  let row = grid(columns: (2.5cm, 1fr), column-gutter: 0.8cm, { set image(width: 100%); picture }, { words; parbreak() })
  block(above: 1.6em, below: 1.6em, breakable: measure(row, width: size.width).height > size.height, row)
})`;

/** `<Point picture="mobile-phone" alt="A mobile phone">words</Point>`; the picture's alt text becomes the figure's. */
export const renderPoint: ComponentRenderer = (element, context) => {
  const picture = context.namedPicture(element.attributes['picture'] ?? '', element.attributes['alt'] ?? '', element.line);
  return `#easy-read-point(${picture || 'none'}, [${context.children(element.children)}])`;
};
