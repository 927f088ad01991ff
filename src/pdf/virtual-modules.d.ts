/** The PDFs made for each policy, by policy id (policy-pdfs.ts). */
declare module 'virtual:policy-pdfs' {
  const downloads: Readonly<Record<string, readonly import('./policy-downloads.ts').PolicyDownload[]>>;
  export default downloads;
}
