/** The PDFs made for each policy, by policy id (src/integrations/policy-pdfs.ts). */
declare module 'virtual:policy-pdfs' {
  const downloads: Readonly<Record<string, readonly import('./lib/policy-downloads.ts').PolicyDownload[]>>;
  export default downloads;
}
