/**
 * A web address the host sets in the environment (REPOSITORY_URL, CMS_AUTH_URL): undefined when it
 * is not set; otherwise it must be a full address, https (or http where `allowHttp`), and a mistake
 * stops the build with the variable's name and an example, in Dutch.
 */
export function webAddressFromEnv(
  env: Record<string, string | undefined>,
  name: string,
  example: string,
  { allowHttp = false }: { allowHttp?: boolean } = {},
): URL | undefined {
  const raw = env[name]?.trim();
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`${name} is geen webadres: "${raw}". Schrijf het als ${example}.`);
  }
  if (url.protocol !== 'https:' && !(allowHttp && url.protocol === 'http:')) {
    throw new Error(`${name} moet beginnen met https://, niet "${raw}".`);
  }
  return url;
}
