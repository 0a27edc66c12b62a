import { z } from 'astro/zod';
import { text } from '../schemas/common.ts';

/**
 * `<commune>/redirects.yaml` as the content contract writes it, until the site's own schema for
 * it exists: an old address of this site and the page of the commune it went to.
 */
export const redirectsSchema = z.array(
  z.object({
    from: text().describe('Old address of this site, /tin-tuc/ra-mat.html'),
    to: text().describe('A page of the commune: an item path or a section'),
  }),
);
