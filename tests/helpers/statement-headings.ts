/** The nine headings of the GOV.UK model accessibility statement, in its order. */
export const STATEMENT_HEADINGS = [
  'How accessible this website is',
  'Feedback and contact information',
  'Reporting accessibility problems with this website',
  'Enforcement procedure',
  "Technical information about this website's accessibility",
  'Compliance status',
  'Non-accessible content',
  "What we're doing to improve accessibility",
  'Preparation of this accessibility statement',
];
