import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { BODY, checkWith, contentWith, plan, projectWithImages, removeFixtures } from '../support/content-fixture.ts';

afterAll(removeFixtures);

/** The errors of one plan whose text is `body`, as [line, message, hint]. */
function errorsOf(body: string) {
  return checkWith({ 'plans/adressen.md': plan(body) })
    .errorsIn('plans/adressen.md')
    .map(({ line, message, hint }) => [line, message, hint]);
}

describe('addresses that no reader can follow, whatever they mean', () => {
  it('a character that does not show in an address, copied along at its end or inside it', () => {
    expect(
      errorsOf(
        'Lees [het plan](/plannen/testplan/\u00a0).\n\n![Een kaart van Twente](/afbeeldingen/kaart.png\u00a0)\n\nZie [Hengelo](https://www.hen\u200bgelo.nl/).',
      ),
    ).toEqual([
      [
        BODY,
        'de link "/plannen/testplan/\u00a0" heeft een teken in het adres dat u niet ziet: de link werkt dan niet',
        'Haal dat teken weg, of typ het adres opnieuw.',
      ],
      [
        BODY + 2,
        'de afbeelding "/afbeeldingen/kaart.png\u00a0" heeft een teken in het adres dat u niet ziet: de link werkt dan niet',
        'Haal dat teken weg, of typ het adres opnieuw.',
      ],
      [
        BODY + 4,
        'de link "https://www.hen\u200bgelo.nl/" heeft een teken in het adres dat u niet ziet: de link werkt dan niet',
        'Haal dat teken weg, of typ het adres opnieuw.',
      ],
    ]);
  });

  it('the editor\'s own computer: the address "npm run dev" shows, and files on a disk', () => {
    expect(
      errorsOf(
        'Zie [het plan](http://localhost:4321/plannen/testplan/#doel) en [de kaart](http://127.0.0.1:4321/zoeken/?q=kaart).\n\nOf [het verslag](file:///C:/Users/rita/verslag.pdf) en [de lijst](C:\\Documenten\\lijst.docx).',
      ),
    ).toEqual([
      [
        BODY,
        'de link "http://localhost:4321/plannen/testplan/#doel" gaat naar uw eigen computer (zoals npm run dev de site toont): bezoekers van de site komen nergens',
        'Schrijf het adres vanaf de hoofdmap van de site: /plannen/testplan/#doel.',
      ],
      [
        BODY,
        'de link "http://127.0.0.1:4321/zoeken/?q=kaart" gaat naar uw eigen computer (zoals npm run dev de site toont): bezoekers van de site komen nergens',
        'Schrijf het adres vanaf de hoofdmap van de site: /zoeken/?q=kaart.',
      ],
      [
        BODY + 2,
        'de link "file:///C:/Users/rita/verslag.pdf" is een bestand op een eigen computer: bezoekers van de site kunnen het niet openen',
        expect.stringMatching(/^Zet het bestand op de site \(afbeeldingen in public\/afbeeldingen\/\)/),
      ],
      [
        BODY + 2,
        'de link "C:\\Documenten\\lijst.docx" is een bestand op een eigen computer: bezoekers van de site kunnen het niet openen',
        expect.stringMatching(/^Zet het bestand op de site/),
      ],
    ]);
  });

  it('a scheme with a typo, or a web address that is not whole', () => {
    expect(errorsOf('Zie [Hengelo](htps://www.hengelo.nl/) en [Almelo](https:/www.almelo.nl/).')).toEqual([
      [
        BODY,
        'de link "htps://www.hengelo.nl/" begint met "htps:", en dat opent een browser niet',
        'Begin een adres van een andere website met https://, een e-mailadres met mailto: en een telefoonnummer met tel:.',
      ],
      [
        BODY,
        'de link "https:/www.almelo.nl/" is geen volledig webadres',
        'Schrijf het adres zoals de browser het toont, met https:// ervoor, bijvoorbeeld https://www.hengelo.nl/.',
      ],
    ]);
  });

  it('leaves whole addresses of other websites, e-mail and phone alone', () => {
    expect(
      errorsOf(
        'Zie [Hengelo](https://www.hengelo.nl/), [Almelo](http://www.almelo.nl), [de lokale site](https://localhost.example.org/), [Junis](mailto:info@junis.nl) en [bel](tel:+31742459999).',
      ),
    ).toEqual([]);
  });

  it('an address with a space: a web or e-mail address is told to lose its spaces, not to rename a file', () => {
    const hints = checkWith({
      'plans/adressen.md': plan('Mail [Junis](mailto: info@junis.nl) of zie [Hengelo](https://www.hengelo .nl).'),
    })
      .errorsIn('plans/adressen.md')
      .map(({ hint }) => hint);
    expect(hints).toEqual(['Haal de spaties uit het adres.', 'Haal de spaties uit het adres.']);
  });

  it('an image whose file stores an accented letter as letter plus accent (as a Mac may): the hint says so, not "did you mean" the same-looking name', () => {
    const project = projectWithImages({ 'cafe\u0301.png': '' });
    const dir = contentWith({ 'plans/adressen.md': plan('![Het café aan de markt](/afbeeldingen/caf\u00e9.png)') });
    const errors = checkContent({ root: project, dir }).errors.filter((issue) => issue.file.endsWith('/adressen.md'));
    expect(errors).toEqual([
      expect.objectContaining({
        message: 'de afbeelding "/afbeeldingen/caf\u00e9.png" bestaat niet',
        hint: expect.stringMatching(
          /^Het bestand heet bijna zo: een letter met een accent staat er anders in.* zoals \/afbeeldingen\/cafe\.png, en pas het adres aan\.$/,
        ),
      }),
    ]);
  });
});
