import { adminPolicy, type Policy } from '../security/csp.ts';
import { cmsOrigins, cmsSettingsFromEnv } from './settings.ts';

/** The editor's Content Security Policy for this build: the same for its <meta> and for `_headers`. */
export function adminPolicyFromEnv(env: Record<string, string | undefined>): Policy {
  return adminPolicy(cmsOrigins(cmsSettingsFromEnv(env)));
}
