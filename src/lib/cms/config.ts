import type { z } from 'astro/zod';
import { registry, type CollectionSpec } from '../../schemas/index.ts';
import { plainReference } from '../schema/plain-schemas.ts';
import { fieldsOf } from '../schema/walk.ts';
import type { CommitMessages, DecapCollection, DecapConfig, DecapField } from './decap-types.ts';
import { decapField, type FieldContext } from './fields.ts';
import type { CmsSettings } from './settings.ts';
import { mediaFolder, publicFolder } from '../image-folder.ts';

/**
 * The text of a Markdown entry. Headings start at level 2 (the title is the page's only h1, and the
 * content check refuses a skipped level); no code blocks, which the site does not show as code.
 */
const body: DecapField = {
  name: 'body',
  label: 'Tekst',
  widget: 'markdown',
  required: false,
  hint: 'De tekst van de pagina. De titel is al de grootste kop: begin koppen in de tekst met "Kop 2".',
  buttons: [
    'bold',
    'italic',
    'link',
    'heading-two',
    'heading-three',
    'heading-four',
    'quote',
    'bulleted-list',
    'numbered-list',
  ],
  editor_components: ['image'],
};

/** In Dutch, as editors read them in the history and as pull request titles; {{collection}} is the noun. */
const commitMessages: CommitMessages = {
  create: 'Toegevoegd: {{collection}} {{slug}}',
  update: 'Gewijzigd: {{collection}} {{slug}}',
  delete: 'Verwijderd: {{collection}} {{slug}}',
  uploadMedia: 'Afbeelding toegevoegd: {{path}}',
  deleteMedia: 'Afbeelding verwijderd: {{path}}',
};

/** What the editor needs of a collection's spec in the registry. */
type EditorSpec = Pick<CollectionSpec, 'schema' | 'formats' | 'noun' | 'label'> & { nameField: string };
type Collections = Readonly<Record<string, EditorSpec>>;

/**
 * The name field also makes the file name (Decap's slug: lower case, accents dropped, anything else
 * but letters, digits, "_" and "~" becomes a hyphen). An "_" or "~" would stay and break the id rule,
 * so the form refuses them in the name.
 */
function nameMakesId(field: DecapField): DecapField {
  const [pattern, message] = field.pattern ?? ['^[\\s\\S]*$', ''];
  const rule = 'Gebruik geen _ of ~: de editor maakt van de naam ook de bestandsnaam.';
  return {
    ...field,
    pattern: [`^(?![\\s\\S]*[_~])${pattern.replace(/^\^/, '')}`, [message, rule].filter(Boolean).join(' ')],
  };
}

/** One folder collection of the registry, its form made from its schema. */
function collection(name: string, spec: EditorSpec, context: FieldContext): DecapCollection {
  const schema: z.ZodType = spec.schema(plainReference);
  // New entries take the first file type; existing .mdx files are not listed (developers edit those).
  const markdown = spec.formats[0] !== 'yaml';
  const { nameField } = spec;
  const fields = fieldsOf(schema)
    .map((field) => decapField(field, context))
    .map((field) => (field.name === nameField ? nameMakesId(field) : field));
  return {
    name,
    label: spec.label,
    label_singular: spec.noun.one,
    folder: `content/${name}`,
    extension: markdown ? 'md' : 'yaml',
    format: markdown ? 'yaml-frontmatter' : 'yml',
    create: true,
    // Deleting a published entry would change the site without a pull request.
    delete: false,
    // The file name is the entry's id: its name in lower-case ASCII with hyphens (slug settings below).
    slug: '{{slug}}',
    identifier_field: nameField,
    fields: markdown ? [...fields, body] : fields,
  };
}

/**
 * Decap CMS's configuration, generated from the collection registry and the schemas: every collection,
 * every field with its kind, description and rules. Nothing here names a field; a field added to a
 * schema appears in the editor by itself. `collections` is the registry unless a test passes another.
 */
export function cmsConfig(settings: CmsSettings, collections: Collections = registry): DecapConfig {
  const context: FieldContext = {
    nameFieldOf(target) {
      const spec = collections[target];
      if (!spec) throw new Error(`A schema refers to "${target}", which is not a collection of the editor`);
      return spec.nameField;
    },
  };
  return {
    load_config_file: false,
    locale: 'nl',
    backend: {
      ...(settings.online ?? { name: 'proxy', proxy_url: settings.localBackendUrl, branch: settings.branch }),
      commit_messages: commitMessages,
    },
    // Decap uses the local server only when the editor itself is opened on localhost.
    local_backend: { url: settings.localBackendUrl },
    // Every save is a branch and a pull request, so the content check runs before anything is merged.
    publish_mode: 'editorial_workflow',
    media_folder: mediaFolder,
    public_folder: publicFolder,
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: Object.entries(collections).map(([name, spec]) => collection(name, spec, context)),
  };
}
