/**
 * The part of Decap CMS's configuration this project writes (https://decapcms.org/docs/configuration-options/),
 * typed so that a misspelt option is a type error rather than a silently ignored key.
 */

/** A field of an entry's form: one widget, with the options of that widget. */
export interface DecapField {
  name: string;
  label: string;
  widget:
    'string' | 'text' | 'number' | 'datetime' | 'boolean' | 'select' | 'relation' | 'list' | 'object' | 'markdown';
  required: boolean;
  /** Shown under the field; Decap renders it as Markdown. */
  hint?: string;
  /** A regular expression the value must match, and the message the form shows when it does not. */
  pattern?: [string, string];
  // number; for list, select and relation with `multiple`: the number of items
  value_type?: 'int' | 'float';
  min?: number;
  max?: number;
  step?: number;
  // datetime
  format?: string;
  date_format?: string;
  time_format?: string | false;
  // select and relation
  options?: { label: string; value: string }[];
  multiple?: boolean;
  collection?: string;
  search_fields?: string[];
  display_fields?: string[];
  value_field?: string;
  /** list: the name of one item, for Decap's buttons ("Voeg lid toe"). */
  label_singular?: string;
  /** relation: only entries whose field has one of these values. */
  filters?: { field: string; values: string[] }[];
  // list and object
  field?: DecapField;
  fields?: DecapField[];
  summary?: string;
  collapsed?: boolean;
  // markdown
  buttons?: string[];
  editor_components?: string[];
}

/** A folder collection: one file per entry in `folder`. */
export interface DecapCollection {
  name: string;
  label: string;
  label_singular: string;
  folder: string;
  extension: 'md' | 'yaml';
  format: 'yaml-frontmatter' | 'yml';
  create: boolean;
  delete: boolean;
  slug: string;
  identifier_field: string;
  fields: DecapField[];
}

/** The commit messages Decap writes; with GitHub, a new entry's message is also its pull request's title. */
export interface CommitMessages {
  create: string;
  update: string;
  delete: string;
  uploadMedia: string;
  deleteMedia: string;
}

export type DecapBackend = (
  | { name: 'github'; repo: string; branch: string; base_url?: string; auth_endpoint?: string }
  | {
      name: 'gitlab';
      repo: string;
      branch: string;
      auth_type: 'pkce';
      app_id: string;
      api_root?: string;
      base_url?: string;
      auth_endpoint?: string;
    }
  | { name: 'proxy'; proxy_url: string; branch: string }
) & { commit_messages?: CommitMessages };

export interface DecapConfig {
  load_config_file: false;
  locale: string;
  backend: DecapBackend;
  local_backend: { url: string };
  publish_mode: 'editorial_workflow';
  media_folder: string;
  public_folder: string;
  slug: { encoding: 'ascii'; clean_accents: boolean; sanitize_replacement: string };
  collections: DecapCollection[];
}
