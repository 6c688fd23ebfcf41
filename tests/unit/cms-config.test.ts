import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { cmsConfig } from '../../src/lib/cms/config.ts';
import type { DecapCollection, DecapField } from '../../src/lib/cms/decap-types.ts';
import { isLongText } from '../../src/lib/cms/fields.ts';
import { cmsSettingsFromEnv, type CmsSettings } from '../../src/lib/cms/settings.ts';
import { plainSchemas } from '../../src/lib/schema/plain-schemas.ts';
import { fieldsOf, type FieldInfo, type FieldKind } from '../../src/lib/schema/walk.ts';
import { collectionNames, registry, type CollectionName } from '../../src/schemas/index.ts';
import { choiceOf } from '../../src/schemas/choice.ts';
import { personSchema } from '../../src/schemas/people.ts';
import { practiceStatuses } from '../../src/schemas/vocabulary.ts';

const settings: CmsSettings = cmsSettingsFromEnv({});
const config = cmsConfig(settings);
const collectionOf = (name: string): DecapCollection => config.collections.find((c) => c.name === name)!;

/** The widget each kind of schema field must get. */
function widgetOf(kind: FieldKind): DecapField['widget'] {
  switch (kind.type) {
    case 'text':
      return isLongText(kind) ? 'text' : 'string';
    case 'number':
      return 'number';
    case 'date':
      return 'datetime';
    case 'boolean':
      return 'boolean';
    case 'choice':
      return 'select';
    case 'reference':
      return 'relation';
    case 'group':
      return 'object';
    case 'list':
      return kind.item.type === 'reference' ? 'relation' : kind.item.type === 'choice' ? 'select' : 'list';
    default:
      throw new Error(`no widget for ${kind.type}`);
  }
}

/**
 * Holds one form field to the schema field it comes from: name, widget, required, hint, and what the
 * kind adds (choices with their labels, the collection a relation searches, limits, nested fields).
 * Returns every field path it compared, so the test can count them.
 */
function compare(schema: FieldInfo, form: DecapField | undefined, path: string, optionalParent = false): string[] {
  expect(form, `${path} is in the form`).toBeDefined();
  if (!form) return [];
  const { kind } = schema;
  expect(form.name, path).toBe(schema.name);
  // Every field has a Dutch name in the form, with the name the file and the check's messages use.
  expect(form.label, path).toMatch(new RegExp(`^\\S.* – ${schema.name}$`));
  expect(form.widget, path).toBe(widgetOf(kind));
  expect(form.required, path).toBe(schema.required && !optionalParent);
  if (schema.description) expect(form.hint, path).toContain(schema.description);
  const target = kind.type === 'list' ? kind.item : kind;
  if (target.type === 'choice') {
    expect(form.options, path).toEqual(
      target.values.map((value) => ({ value, label: target.labels?.[value] ?? value })),
    );
  }
  if (target.type === 'reference') {
    const nameField = registry[target.collection].nameField;
    expect(form, path).toMatchObject({
      collection: target.collection,
      search_fields: [nameField],
      display_fields: [nameField],
      value_field: '{{slug}}',
    });
  }
  if (kind.type === 'list') {
    if (kind.min) expect(form.min, path).toBe(kind.min);
    // Decap names one item on its buttons ("Voeg lid toe"): a Dutch word, not the list's label.
    if (form.widget === 'list') expect(form.label_singular, path).toMatch(/^[a-zà-ÿ]+$/);
    if (target.type === 'reference' || target.type === 'choice') expect(form.multiple, path).toBe(true);
  }
  if (kind.type === 'number') {
    expect(form.value_type, path).toBe(kind.integer ? 'int' : 'float');
    expect([form.min, form.max], path).toEqual([kind.min, kind.max]);
  }
  if (kind.type === 'date') {
    expect(form, path).toMatchObject({ format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false });
  }
  const paths = [path];
  if (kind.type === 'group') {
    expect(
      form.fields?.map((f) => f.name),
      path,
    ).toEqual(kind.fields.map((f) => f.name));
    kind.fields.forEach((field, i) =>
      paths.push(...compare(field, form.fields?.[i], `${path}.${field.name}`, !form.required)),
    );
  }
  if (kind.type === 'list' && kind.item.type === 'group') {
    kind.item.fields.forEach((field, i) => paths.push(...compare(field, form.fields?.[i], `${path}[].${field.name}`)));
  } else if (kind.type === 'list' && widgetOf(kind) === 'list') {
    expect(form.field?.widget, `${path}[]`).toBe(widgetOf(kind.item));
  }
  return paths;
}

describe('the editor configuration, generated from the registry and the schemas', () => {
  it('has every collection of the registry, in its order, as a folder of files named by the id rule', () => {
    expect(config.collections.map((c) => c.name)).toEqual(collectionNames);
    for (const name of collectionNames) {
      const spec = registry[name];
      const markdown = spec.formats[0] !== 'yaml';
      expect(collectionOf(name)).toMatchObject({
        label: spec.label,
        label_singular: spec.noun.one,
        folder: `content/${name}`,
        extension: markdown ? 'md' : 'yaml',
        format: markdown ? 'yaml-frontmatter' : 'yml',
        create: true,
        delete: false,
        slug: '{{slug}}',
        identifier_field: spec.nameField,
      });
    }
    expect(config.slug).toEqual({ encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' });
  });

  it.each(collectionNames)('holds every field of %s, at every depth, with the widget of its kind', (name) => {
    const fields = fieldsOf(plainSchemas[name as CollectionName] as z.ZodType);
    const form = collectionOf(name).fields;
    const compared = fields.flatMap((field) =>
      compare(
        field,
        form.find((f) => f.name === field.name),
        field.name,
      ),
    );
    expect(compared.length).toBeGreaterThanOrEqual(fields.length);
    // Nothing in the form that the schema does not have, except the text of a Markdown entry.
    const extra = form.map((f) => f.name).filter((n) => !fields.some((f) => f.name === n));
    expect(extra).toEqual(registry[name as CollectionName].formats[0] === 'yaml' ? [] : ['body']);
  });

  it('gives Markdown entries a Markdown editor for their text, last, with headings from level 2', () => {
    const body = collectionOf('practices').fields.at(-1)!;
    expect(body).toMatchObject({ name: 'body', widget: 'markdown', required: false });
    expect(body.buttons).not.toContain('heading-one');
    expect(body.buttons).toContain('heading-two');
    expect(collectionOf('people').fields.some((f) => f.widget === 'markdown')).toBe(false);
  });

  it('shows the Dutch label of every choice, from the vocabulary the schema is built from', () => {
    const status = collectionOf('practices').fields.find((f) => f.name === 'status');
    expect(status?.options).toEqual(Object.entries(practiceStatuses).map(([value, label]) => ({ value, label })));
  });

  it('gives texts of sentences a multi-line box, and names a single line', () => {
    const widgets = (name: string) =>
      Object.fromEntries(collectionOf(name).fields.map((f) => [f.name, f.widget] as const));
    expect(widgets('practices')).toMatchObject({
      title: 'string',
      summary: 'text',
      place: 'string',
      staffing: 'string',
    });
    expect(widgets('tables')).toMatchObject({ ambition: 'text' });
    expect(widgets('glossary')).toMatchObject({ term: 'string', explanation: 'text' });
  });

  it('offers only municipalities in a municipality field, as the content check demands; any organisation elsewhere', () => {
    const field = (collection: string, name: string) => collectionOf(collection).fields.find((f) => f.name === name)!;
    const onlyMunicipalities = [{ field: 'kind', values: ['gemeente'] }];
    expect(field('practices', 'municipality')).toMatchObject({ widget: 'relation', filters: onlyMunicipalities });
    expect(field('plans', 'municipalities')).toMatchObject({
      widget: 'relation',
      multiple: true,
      filters: onlyMunicipalities,
    });
    expect(field('practices', 'organisations').filters).toBeUndefined();
    // The value the filter asks for is one the organisations' kind field offers.
    expect(field('organisations', 'kind').options?.map((o) => o.value)).toContain('gemeente');
  });

  it('lets a group that may be left out stay empty, and says which of its fields belong together', () => {
    const ageRange = collectionOf('practices').fields.find((f) => f.name === 'ageRange')!;
    expect(ageRange.required).toBe(false);
    expect(ageRange.fields?.every((f) => !f.required)).toBe(true);
    expect(ageRange.hint).toContain('vul dan ook fromMonths, toMonths en label in');
    const members = collectionOf('teams').fields.find((f) => f.name === 'members')!;
    expect(members.hint).toContain('een lid heeft precies één van person, organisation, party of vacancy');
  });

  it('a field added to a schema appears in the editor with no other change', () => {
    const extended = {
      ...registry,
      people: {
        ...registry.people,
        schema: (ref: Parameters<typeof personSchema>[0]) =>
          personSchema(ref).extend({
            phone: z
              .string()
              .min(10)
              .max(20)
              .optional()
              .describe('Openbaar telefoonnummer, alleen als de bron het geeft.'),
            availability: choiceOf({ ja: 'Bereikbaar', nee: 'Niet bereikbaar' }).describe(
              'Of de persoon te bereiken is.',
            ),
            teams: z.array(ref('teams')).default([]).describe('Teams van deze persoon.'),
          }),
      },
    };
    const people = cmsConfig(settings, extended).collections.find((c) => c.name === 'people')!;
    expect(people.fields.find((f) => f.name === 'phone')).toMatchObject({
      widget: 'string',
      required: false,
      hint: expect.stringContaining('Openbaar telefoonnummer'),
      pattern: ['^[\\s\\S]{10,20}$', 'Tekst van 10 tot 20 tekens.'],
    });
    expect(people.fields.find((f) => f.name === 'availability')).toMatchObject({
      widget: 'select',
      required: true,
      options: [
        { value: 'ja', label: 'Bereikbaar' },
        { value: 'nee', label: 'Niet bereikbaar' },
      ],
    });
    expect(people.fields.find((f) => f.name === 'teams')).toMatchObject({
      widget: 'relation',
      collection: 'teams',
      multiple: true,
      search_fields: ['name'],
    });
    // And the real registry's people have none of them.
    expect(collectionOf('people').fields.map((f) => f.name)).not.toContain('phone');
  });

  it('refuses in the form what the schema refuses: the limits of a text are the same on both sides', () => {
    let checked = 0;
    for (const name of collectionNames) {
      const schema = plainSchemas[name as CollectionName] as unknown as z.ZodObject;
      for (const field of collectionOf(name).fields) {
        const fieldSchema = schema.shape[field.name] as z.ZodType | undefined;
        const info = fieldsOf(schema).find((f) => f.name === field.name);
        if (!fieldSchema || !field.pattern || info?.kind.type !== 'text' || info.kind.format) continue;
        const pattern = new RegExp(field.pattern[0]);
        const { min = 1, max } = info.kind;
        for (const length of [min - 1, min, max, max === undefined ? undefined : max + 1]) {
          if (length === undefined || length < 1) continue;
          const value = 'a'.repeat(length);
          expect(pattern.test(value), `${name}.${field.name}: ${length} characters`).toBe(
            fieldSchema.safeParse(value).success,
          );
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(40);
  });

  it('takes in a web address field what the content check takes, and refuses what it refuses', () => {
    for (const [name, field] of [
      ['organisations', 'website'],
      ['sources', 'url'],
    ] as const) {
      const pattern = new RegExp(collectionOf(name).fields.find((f) => f.name === field)!.pattern![0]);
      const schema = (plainSchemas[name] as unknown as z.ZodObject).shape[field] as z.ZodType;
      for (const value of [
        'https://www.almelo.nl/jeugd/',
        'HTTP://WWW.ALMELO.NL',
        'https://www.almelo.nl/?a=1#b',
        'https://almelo',
        'www.almelo.nl',
        'javascript:alert(1)',
        'mailto:info@almelo.nl',
        'https://www.almelo.nl/ jeugd',
      ])
        expect(pattern.test(value), `${name}.${field}: ${value}`).toBe(schema.safeParse(value).success);
    }
  });

  it('refuses a name that would not make a valid id, and says why in Dutch', () => {
    const title = collectionOf('plans').fields.find((f) => f.name === 'title')!;
    const [source, message] = title.pattern!;
    const pattern = new RegExp(source);
    expect(pattern.test('Café-overleg: één keer per maand')).toBe(true);
    expect(pattern.test('Plan_B')).toBe(false);
    expect(pattern.test('Plan ~ B')).toBe(false);
    expect(pattern.test('ab')).toBe(false);
    expect(message).toBe('Minstens 3 tekens. Gebruik geen _ of ~: de editor maakt van de naam ook de bestandsnaam.');
  });

  it('asks for dates as a day, JJJJ-MM-DD, with a Dutch message', () => {
    const date = collectionOf('newsletters').fields.find((f) => f.name === 'date')!;
    expect(date.required).toBe(true);
    expect(new RegExp(date.pattern![0]).test('2019-11-01')).toBe(true);
    expect(new RegExp(date.pattern![0]).test('1 november 2019')).toBe(false);
    expect(date.pattern![1]).toBe('Een datum: JJJJ-MM-DD.');
  });

  it('opens pull requests (editorial workflow), in Dutch, with the local server and images in one folder', () => {
    expect(config).toMatchObject({
      load_config_file: false,
      locale: 'nl',
      publish_mode: 'editorial_workflow',
      local_backend: { url: 'http://localhost:8081/api/v1' },
      media_folder: 'public/afbeeldingen',
      public_folder: '/afbeeldingen',
    });
    expect(config.backend.commit_messages?.create).toBe('Toegevoegd: {{collection}} {{slug}}');
  });
});

describe('the editor settings from the environment', () => {
  it('logs in with GitHub for a GitHub repository, through the auth endpoint the host names', () => {
    const settings = cmsSettingsFromEnv({
      REPOSITORY_URL: 'https://github.com/gemeente/kennisbank',
      REPOSITORY_BRANCH: 'productie',
      CMS_AUTH_URL: 'https://auth.example.org/api/auth/',
    });
    expect(settings.online).toEqual({
      name: 'github',
      repo: 'gemeente/kennisbank',
      branch: 'productie',
      base_url: 'https://auth.example.org',
      auth_endpoint: 'api/auth',
    });
    expect(cmsConfig(settings).backend).toMatchObject({ name: 'github', repo: 'gemeente/kennisbank' });
  });

  it('logs in with GitLab and PKCE only when the host gives a GitLab application id', () => {
    const gitlab = { REPOSITORY_URL: 'https://gitlab.example.org/jeugd/twente/kennisbank' };
    expect(cmsSettingsFromEnv(gitlab).online).toBeUndefined();
    expect(cmsSettingsFromEnv({ ...gitlab, CMS_GITLAB_APP_ID: 'abc123' }).online).toEqual({
      name: 'gitlab',
      repo: 'jeugd/twente/kennisbank',
      branch: 'main',
      auth_type: 'pkce',
      app_id: 'abc123',
      api_root: 'https://gitlab.example.org/api/v4',
      base_url: 'https://gitlab.example.org',
      auth_endpoint: 'oauth/authorize',
    });
  });

  it('has no online login without a repository, or for another host: then only the local server', () => {
    for (const env of [{}, { REPOSITORY_URL: 'https://git.example/redactie/kennisbank' }]) {
      const settings = cmsSettingsFromEnv(env);
      expect(settings.online).toBeUndefined();
      expect(cmsConfig(settings).backend).toMatchObject({ name: 'proxy', proxy_url: 'http://localhost:8081/api/v1' });
    }
  });

  it('takes the local server port from CMS_LOCAL_PORT, and says in Dutch what is wrong with a bad one', () => {
    expect(cmsSettingsFromEnv({ CMS_LOCAL_PORT: '18081' }).localBackendUrl).toBe('http://localhost:18081/api/v1');
    expect(() => cmsSettingsFromEnv({ CMS_LOCAL_PORT: 'acht' })).toThrow(/CMS_LOCAL_PORT moet een poortnummer/);
    expect(() => cmsSettingsFromEnv({ CMS_AUTH_URL: 'http://auth.example.org' })).not.toThrow();
    expect(() =>
      cmsSettingsFromEnv({ REPOSITORY_URL: 'https://github.com/a/b', CMS_AUTH_URL: 'http://auth.example.org' }),
    ).toThrow(/CMS_AUTH_URL moet beginnen met https/);
  });
});
