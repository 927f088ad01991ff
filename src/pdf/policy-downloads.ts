import { formatFileSize } from './file-size.ts';

/** One file a policy page offers for download. */
export interface PolicyDownload {
  /** The layout it was made in (pdf-layouts.ts), e.g. large-print. */
  layout: string;
  /** e.g. "Large print PDF" */
  label: string;
  fileName: string;
  bytes: number;
  pages: number;
}

/** "Large print PDF (86 KB, 12 pages)": the file type, size and length before anyone opens it. */
export function describeDownload(download: PolicyDownload): string {
  return `${download.label} (${formatFileSize(download.bytes)}, ${download.pages === 1 ? '1 page' : `${download.pages} pages`})`;
}
