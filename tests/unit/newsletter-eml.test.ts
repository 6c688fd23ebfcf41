import { simpleParser, type HeaderValue, type StructuredHeader } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { editionParts, emlDraft, withoutHeaderFields, type DraftParts } from '../../src/lib/newsletter/eml.ts';
import { emailHtml, emailText } from '../../src/lib/newsletter/email.ts';
import { fixtureContext, fixtureEdition } from '../fixtures/newsletter/edition.ts';

/** A subject as editors write titles: curly quotes, accents, a dash, and long enough to be folded. */
const subject = 'Volop in beweging: “Samen” aan de slag in Hengelo – één nieuwsbrief over de peuteropvang en het mbo';

const parts: DraftParts = {
  subject,
  html: '<!DOCTYPE html>\n<html lang="nl">\n<body>\n<p style="color:#1b1f24">“Één” café</p>\n<a href="https://voorbeeld.test/a?b=c&amp;d=e">link</a>\n</body>\n</html>\n',
  text: 'Kennisbank Jeugd Twente · Nieuwsbrief\n\n“Één” café <https://voorbeeld.test/a?b=c&d=e>\n\n-- \nAlle nieuwsbrieven\n',
};

const structured = (value: HeaderValue | undefined) => value as StructuredHeader;

/** The header block of the message itself, before the first empty line. */
const headerBlock = (eml: Buffer) => eml.toString('latin1').split('\r\n\r\n')[0]!;

describe('the e-mail draft (.eml)', async () => {
  const eml = await emlDraft(parts);
  const parsed = await simpleParser(eml);

  it('parses back into the very subject, HTML and text it was made from', () => {
    expect(parsed.subject).toBe(subject);
    expect(parsed.html).toBe(parts.html);
    expect(parsed.text).toBe(parts.text);
  });

  it('writes the non-ASCII subject as RFC 2047 encoded words', () => {
    expect(headerBlock(eml)).toMatch(/^Subject: =\?UTF-8\?[QB]\?/m);
    expect(headerBlock(eml)).not.toContain('Volop in beweging');
  });

  it('is multipart/alternative: the text first, then the HTML, both UTF-8', () => {
    expect(structured(parsed.headers.get('content-type')).value).toBe('multipart/alternative');
    expect(parsed.headers.get('mime-version')).toBe('1.0');
    const types = [...eml.toString('latin1').matchAll(/^Content-Type: (text\/\w+); charset=utf-8$/gim)].map(
      (match) => match[1],
    );
    expect(types).toEqual(['text/plain', 'text/html']);
  });

  it('opens as an unsent draft in Outlook, and leaves sender, recipients and date to the mail program', () => {
    expect(parsed.headers.get('x-unsent')).toBe('1');
    for (const header of ['from', 'to', 'cc', 'bcc', 'date', 'message-id', 'x-mailer'])
      expect(parsed.headers.has(header), header).toBe(false);
  });

  it('is 7-bit text with CRLF line endings and short lines, as mail transport requires', () => {
    const raw = eml.toString('latin1');
    expect(raw).not.toMatch(/[^\x20-\x7e\r\n\t]/);
    expect(raw).not.toMatch(/(?<!\r)\n/);
    expect(raw).not.toMatch(/\r(?!\n)/);
    expect(Math.max(...raw.split('\r\n').map((line) => line.length))).toBeLessThanOrEqual(78);
  });

  it('gives the same bytes for the same parts, and another boundary for other parts', async () => {
    expect((await emlDraft({ ...parts })).equals(eml)).toBe(true);
    const boundary = (message: Buffer) => /boundary="([^"]+)"/.exec(message.toString('latin1'))?.[1];
    expect(boundary(eml)).toBeTruthy();
    expect(boundary(await emlDraft({ ...parts, text: `${parts.text}Nog een regel.\n` }))).not.toBe(boundary(eml));
  });

  it('keeps a subject with a line break on one line: it cannot add header fields', async () => {
    const back = await simpleParser(await emlDraft({ ...parts, subject: 'Titel\r\nBcc: iemand@voorbeeld.test' }));
    expect(back.headers.has('bcc')).toBe(false);
    expect(back.subject).toContain('Bcc: iemand@voorbeeld.test');
  });

  it("keeps a text intact that looks like the composer's boundaries", async () => {
    const text = `${boundaryLike}\n${parts.text}`;
    const back = await simpleParser(await emlDraft({ ...parts, text }));
    expect(back.text).toBe(text);
    expect(back.html).toBe(parts.html);
  });
});

const boundaryLike = '----kennisbank-000000000000000000000000-Part_1\n----_NmP-0000000000000000-Part_1--';

describe("an edition's draft", async () => {
  const edition = fixtureEdition({ title: subject });
  const parsed = await simpleParser(await emlDraft(editionParts(edition, fixtureContext)));

  it("has the edition's title as its subject, and the HTML and text of the e-mail versions", () => {
    expect(parsed.subject).toBe(edition.title);
    expect(parsed.html).toBe(emailHtml(edition, fixtureContext));
    expect(parsed.text).toBe(emailText(edition, fixtureContext));
  });

  it('is the same file every time it is made', async () => {
    expect(
      (await emlDraft(editionParts(edition, fixtureContext))).equals(
        await emlDraft(editionParts(edition, fixtureContext)),
      ),
    ).toBe(true);
  });
});

describe('leaving header fields out of a message', () => {
  const message = [
    'X-Unsent: 1',
    'Message-ID: <a@b>',
    'Subject: =?UTF-8?Q?een?=',
    ' =?UTF-8?Q?_twee?=',
    'Date: Mon, 30 Nov 2026 00:00:00',
    ' +0000',
    'MIME-Version: 1.0',
    '',
    'Date: in the body stays',
    '',
  ].join('\r\n');

  it('drops the fields, their folded lines included, and nothing else', () => {
    expect(withoutHeaderFields(message, ['date', 'Message-ID'])).toBe(
      [
        'X-Unsent: 1',
        'Subject: =?UTF-8?Q?een?=',
        ' =?UTF-8?Q?_twee?=',
        'MIME-Version: 1.0',
        '',
        'Date: in the body stays',
        '',
      ].join('\r\n'),
    );
  });

  it('refuses text that has no header block', () => {
    expect(() => withoutHeaderFields('Subject: x', ['date'])).toThrow(/no empty line/);
  });
});
