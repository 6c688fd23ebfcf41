/**
 * The file types an office program or a scanner makes (PDF, Word, Excel, PowerPoint and their open
 * counterparts, and text): a document to download, or to write a page from, never a page itself.
 */
export const documentTypes: ReadonlySet<string> = new Set([
  'pdf',
  'doc',
  'docx',
  'odt',
  'rtf',
  'txt',
  'xls',
  'xlsx',
  'ods',
  'ppt',
  'pptx',
  'odp',
]);

/** Whether a file name or address ends in one of the document types. */
export function isDocumentFile(name: string): boolean {
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1];
  return extension !== undefined && documentTypes.has(extension.toLowerCase());
}
