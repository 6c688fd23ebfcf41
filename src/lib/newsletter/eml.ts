import { createHash } from 'node:crypto';
import MailComposer from 'nodemailer/lib/mail-composer';
import type { Edition } from './edition.ts';
import { emailHtml, emailText, type EmailContext } from './email.ts';

/** What a draft message holds: the subject and the two bodies, exactly as the site publishes them. */
export interface DraftParts {
  subject: string;
  html: string;
  text: string;
}

/**
 * Headers MailComposer adds to every root node that the draft leaves to the mail program that sends
 * it: a Date would be the moment of the build, and a fixed Message-ID would make every sending of
 * an edition the same message, which receiving servers may drop as a duplicate.
 */
const headersLeftToTheSender = ['Date', 'Message-ID'];

/**
 * The e-mail as a ready-to-send draft (an .eml file, RFC 5322 with MIME): multipart/alternative with
 * the text first and the HTML second, UTF-8, CRLF line endings. `X-Unsent: 1` makes Outlook open it as
 * an unsent message with a Send button; Thunderbird opens it as a message to "edit as new". There is no
 * From, To or Date: the sender's mail program fills those in. The same parts give the same bytes.
 */
export async function emlDraft(parts: DraftParts): Promise<Buffer> {
  const composer = new MailComposer({
    subject: parts.subject,
    text: parts.text,
    html: parts.html,
    headers: { 'X-Unsent': '1' },
    // A boundary from the content instead of a random one: reproducible builds, and no line of the
    // content can hold the hash of that very content.
    baseBoundary: createHash('sha256')
      .update(JSON.stringify([parts.subject, parts.text, parts.html]))
      .digest('hex')
      .slice(0, 24),
    boundaryPrefix: '--kennisbank',
    newline: 'win',
  });
  const message = await composer.compile().build();
  return Buffer.from(withoutHeaderFields(message.toString('latin1'), headersLeftToTheSender), 'latin1');
}

/** An edition's e-mail: its title as the subject, and the HTML and text that `email.html` and `email.txt` publish. */
export function editionParts(edition: Edition, context: EmailContext): DraftParts {
  return { subject: edition.title, html: emailHtml(edition, context), text: emailText(edition, context) };
}

/**
 * Drops fields from a message's own header block (up to the first empty line), folded continuation
 * lines included; the parts' headers below stay as they are.
 */
export function withoutHeaderFields(message: string, names: readonly string[]): string {
  const end = message.indexOf('\r\n\r\n');
  if (end === -1) throw new Error('Not a MIME message: no empty line after the headers');
  const dropped = new Set(names.map((name) => name.toLowerCase()));
  let dropping = false;
  const kept = message
    .slice(0, end)
    .split('\r\n')
    .filter((line) => {
      if (!/^[ \t]/.test(line)) dropping = dropped.has(line.slice(0, line.indexOf(':')).toLowerCase());
      return !dropping;
    });
  return `${kept.join('\r\n')}${message.slice(end)}`;
}
