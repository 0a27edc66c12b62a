declare namespace App {
  interface Locals {
    /**
     * Set by a page that belongs in its commune's search index (items, the contact page): what
     * the search shows and filters on for it. The build indexes such pages (middleware.ts, rendered-pages.ts).
     */
    search?: import('./lib/search/search-record.ts').SearchRecord;
  }
}

/** The options of the build or preview that runs the site (src/lib/build/site-options.ts). */
declare module 'virtual:trangxa/site-options' {
  export const siteOptions: import('./lib/build/site-options.ts').SiteOptions;
}
