import { axeSite, describeSitemapShard } from '../support/axe-sitemap.ts';

/** The second half of the sitemap under axe; axe-all-pages.test.ts has the first. */
describeSitemapShard(axeSite(), 2, 2);
