import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';

/**
 * html-validate's static loader resolves its configuration again for every string it validates:
 * it rebuilds and re-checks the tables of every HTML element each time, which was half of the time
 * for the pages of a build. The configuration is the same for every page, so it is resolved once.
 */
class ResolvedOnceLoader extends StaticConfigLoader {
  #resolved?: ReturnType<StaticConfigLoader['getConfigFor']>;

  override getConfigFor(handle: string, configOverride?: ConfigData) {
    if (configOverride) return super.getConfigFor(handle, configOverride);
    return (this.#resolved ??= super.getConfigFor(handle));
  }

  override setConfig(config: ConfigData): void {
    this.#resolved = undefined;
    super.setConfig(config);
  }

  override flushCache(): void {
    this.#resolved = undefined;
    super.flushCache();
  }
}

/** A validator with this configuration for every string it is given. */
export function htmlValidator(config: ConfigData): HtmlValidate {
  return new HtmlValidate(new ResolvedOnceLoader(config));
}
