import { DOMParser } from '@xmldom/xmldom';

/** The problems that make a document not well-formed XML; empty when it is. */
export function xmlErrors(xml: string): string[] {
  const errors: string[] = [];
  try {
    new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') errors.push(`${level}: ${message}`);
      },
    }).parseFromString(xml, 'text/xml');
  } catch (error) {
    // Fatal errors are thrown after onError has seen them; keep the message if it had not.
    const message = `fatalError: ${(error as Error).message}`;
    if (!errors.some((seen) => seen.includes((error as Error).message))) errors.push(message);
  }
  return errors;
}
