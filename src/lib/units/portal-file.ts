/** Who runs the portal page: optional, see schemas/portal.ts. */
export const PORTAL_FILE = '_shared/portal.yaml';
