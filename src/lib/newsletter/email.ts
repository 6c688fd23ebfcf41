import juice from 'juice';
import { formatDateAt } from '../dates.ts';
import type { Edition } from './edition.ts';
import { fitImagesToColumn, imagesNotForMail, imagesWithoutAlt } from './images.ts';
import { isAbsolute, linksIn } from './links.ts';
import { htmlToPlainText, plainTextWidth } from './plain-text.ts';
import { escapeHtml } from '../escape-html.ts';

/** What the e-mail says about where it comes from, besides the edition itself. */
export interface EmailContext {
  siteName: string;
  /** Full address of the site's home page. */
  homeUrl: string;
  /** Full address of the newsletter archive. */
  archiveUrl: string;
}

/** The width of the mail column: what every common client shows without scrolling sideways. */
export const columnWidth = 600;
const gutter = 24;
const contentWidth = columnWidth - 2 * gutter;

/** Raised when an edition cannot be mailed as it is; the message is for the editor, in Dutch. */
export class EmailEditionError extends Error {
  override name = 'EmailEditionError';
}

/**
 * Styles for the mail, inlined by juice. Colours are the site's light theme (AA contrast); mail
 * clients that force a dark theme invert them themselves. Only the media query stays in <style>. A
 * table column's alignment is read from data-align, as on the site (src/styles/base.css).
 */
const css = `
body { margin: 0; padding: 0; background-color: #f3f5f7; color: #1b1f24; font-family: Arial, Helvetica, sans-serif; font-size: 16px; line-height: 1.5; }
table { border-collapse: collapse; }
td { font-family: Arial, Helvetica, sans-serif; font-size: 16px; line-height: 1.5; color: #1b1f24; }
a { color: #0b5394; text-decoration: underline; }
.masthead { padding: 16px ${gutter}px; font-size: 14px; color: #4a5561; }
.masthead a { color: #0b5394; }
.header { padding: 24px ${gutter}px 8px; background-color: #ffffff; }
.header h1 { margin: 0 0 8px; font-size: 28px; line-height: 1.25; color: #1b1f24; }
.header .meta { margin: 0 0 16px; font-size: 14px; color: #4a5561; }
.header .summary { margin: 0; font-size: 18px; }
.content { padding: 8px ${gutter}px 24px; background-color: #ffffff; }
.content h2 { margin: 32px 0 8px; font-size: 22px; line-height: 1.3; color: #1b1f24; }
.content h3 { margin: 24px 0 8px; font-size: 19px; line-height: 1.3; color: #1b1f24; }
.content h4, .content h5, .content h6 { margin: 20px 0 8px; font-size: 17px; line-height: 1.3; color: #1b1f24; }
.content p { margin: 0 0 16px; }
.content ul, .content ol { margin: 0 0 16px; padding: 0 0 0 24px; }
.content li { margin: 0 0 4px; }
.content blockquote { margin: 0 0 16px; padding: 0 0 0 16px; border-left: 4px solid #b9c2cc; font-style: italic; }
.content table { width: 100%; margin: 0 0 16px; }
.content th, .content td { border: 1px solid #b9c2cc; padding: 6px 8px; text-align: left; vertical-align: top; font-size: 15px; }
.content th { background-color: #f3f5f7; }
.content [data-align='right'] { text-align: right; }
.content [data-align='center'] { text-align: center; }
.content hr { border: 0; border-top: 1px solid #b9c2cc; margin: 24px 0; }
.footer { padding: 16px ${gutter}px 32px; font-size: 14px; color: #4a5561; }
.footer p { margin: 0 0 8px; }
@media only screen and (max-width: ${columnWidth + 20}px) {
  .container { width: 100% !important; }
  .masthead, .header, .content, .footer { padding-left: 16px !important; padding-right: 16px !important; }
}
`;

/**
 * Characters that fill the preview line after the preheader, so clients do not append the start of
 * the mail ("Lees deze nieuwsbrief op de website …") to it. Zero-width non-joiners between spaces.
 */
const preheaderFiller = '&#847;&zwnj;&nbsp;'.repeat(60);

/** Checks what a mail needs before it can be sent; returns the problems in Dutch, empty when fine. */
export function emailProblems(edition: Edition): string[] {
  const problems: string[] = [];
  for (const src of imagesWithoutAlt(edition.html)) {
    problems.push(
      `afbeelding ${src} heeft geen alt-tekst: schrijf tussen de [ ] in ![…](${src}) wat er op de afbeelding staat`,
    );
  }
  for (const src of imagesNotForMail(edition.html)) {
    problems.push(`afbeelding ${src} is geen JPG, PNG of GIF: veel mailprogramma's tonen haar dan niet`);
  }
  for (const { url } of linksIn(edition.html)) {
    if (!isAbsolute(url)) problems.push(`link of afbeelding "${url}" is geen volledig adres`);
  }
  return problems;
}

/**
 * The HTML e-mail of an edition: one 600 px column in nested tables (the layout Outlook and the
 * webmail clients all render), styles inlined, a preheader from the summary, and a link to the web
 * version. Ready to paste into a mailing tool, which adds the unsubscribe link itself.
 */
export function emailHtml(edition: Edition, context: EmailContext): string {
  const problems = emailProblems(edition);
  if (problems.length > 0) {
    throw new EmailEditionError(
      `De e-mailversie van nieuwsbrief "${edition.id}" kan zo niet verstuurd worden:\n- ${problems.join('\n- ')}`,
    );
  }
  const title = escapeHtml(edition.title);
  const label = escapeHtml(edition.edition);
  const summary = escapeHtml(edition.summary);
  const webUrl = escapeHtml(edition.url);
  // Webmail clients drop the <html> element and its attributes; the outer table repeats the language,
  // so a screen reader keeps reading Dutch there.
  const document = `<!DOCTYPE html>
<html lang="nl" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="x-apple-disable-message-reformatting">
<meta name="color-scheme" content="light">
<meta name="supported-color-schemes" content="light">
<title>${title} (${label}) | ${escapeHtml(context.siteName)}</title>
<style>${css}</style>
</head>
<body>
<div class="preheader" style="display:none;max-height:0;max-width:0;overflow:hidden;opacity:0;mso-hide:all;font-size:1px;line-height:1px;color:#f3f5f7;">${summary}${preheaderFiller}</div>
<table role="presentation" lang="nl" dir="ltr" width="100%" cellpadding="0" cellspacing="0" border="0" style="width:100%;background-color:#f3f5f7;">
<tbody>
<tr>
<td align="center" style="padding:16px 8px;">
<table role="presentation" class="container" width="${columnWidth}" cellpadding="0" cellspacing="0" border="0" style="width:${columnWidth}px;max-width:100%;">
<tbody>
<tr><td class="masthead">${escapeHtml(context.siteName)} · Nieuwsbrief · <a href="${webUrl}">Lees deze nieuwsbrief op de website</a></td></tr>
<tr><td class="header">
<h1>${title}</h1>
<p class="meta">${label} · ${escapeHtml(formatDateAt(edition.date, edition.datePrecision))}</p>
<p class="summary">${summary}</p>
</td></tr>
<tr><td class="content">
${fitImagesToColumn(edition.html, contentWidth)}
</td></tr>
<tr><td class="footer">
<p>U leest de nieuwsbrief “${title}” (${label}) van ${escapeHtml(context.siteName)}.</p>
<p><a href="${webUrl}">Deze nieuwsbrief op de website</a> · <a href="${escapeHtml(context.archiveUrl)}">Alle nieuwsbrieven</a> · <a href="${escapeHtml(context.homeUrl)}">${escapeHtml(context.siteName)}</a></p>
</td></tr>
</tbody>
</table>
</td>
</tr>
</tbody>
</table>
</body>
</html>
`;
  return juice(document, {
    preserveMediaQueries: true,
    removeStyleTags: true,
    applyWidthAttributes: true,
    applyAttributesTableElements: true,
    insertPreservedExtraCss: true,
  });
}

/** The plain-text twin of the e-mail: the same text, every heading on its own line and every link written out. */
export function emailText(edition: Edition, context: EmailContext): string {
  const heading = `${edition.title} (${edition.edition})`;
  const parts = [
    `${context.siteName} · Nieuwsbrief`,
    `${heading}\n${'='.repeat(Math.min(heading.length, plainTextWidth))}`,
    `${edition.edition} · ${formatDateAt(edition.date, edition.datePrecision)}`,
    htmlToPlainText(`<p>${escapeHtml(edition.summary)}</p>`),
    // The address on a line of its own: with the words before it, the line would run past the width.
    `Lees deze nieuwsbrief op de website:\n<${edition.url}>`,
    htmlToPlainText(edition.html),
    // The signature separator: mail programs show what follows as a footer.
    `-- \n${htmlToPlainText(`<p>U leest de nieuwsbrief “${escapeHtml(edition.title)}” (${escapeHtml(edition.edition)}) van ${escapeHtml(context.siteName)}.</p>`)}`,
    `Alle nieuwsbrieven: <${context.archiveUrl}>\n${context.siteName}: <${context.homeUrl}>`,
  ];
  return `${parts.join('\n\n')}\n`;
}
