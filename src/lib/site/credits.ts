import { vi } from '../../i18n/vi.ts';
import type { Commune, CreditRole, Item, Person } from '../content/types.ts';
import { communeHref } from '../urls.ts';

/**
 * Bylines and author pages. Every credited person is shown with their role, under their pen
 * name (bút danh) when they have one, and links to the page listing all their work.
 */
export interface CreditLine {
  person: string;
  role: CreditRole;
  roleLabel: string;
  /** The pen name when present, else the name. */
  name: string;
  href: string;
}

export const authorHref = (commune: string, person: string): string =>
  communeHref(commune, `tac-gia/${person}`);

/** The name a byline shows: the pen name when there is one (payment lists show the legal name: reports/report-document.ts). */
export const bylineName = (person: Person): string => person.penName ?? person.name;

/** Looks a person up; an unknown id is a content error the loader reports, never skipped here. */
export function personById(commune: Pick<Commune, 'slug' | 'people'>, id: string): Person {
  const person = commune.people.find((p) => p.id === id);
  if (!person) throw new Error(`Không có người "${id}" trong ${commune.slug}/people.yaml.`);
  return person;
}

export function creditLines(commune: Pick<Commune, 'slug' | 'people'>, item: Item): CreditLine[] {
  return item.credits.map((credit) => ({
    person: credit.person,
    role: credit.role,
    roleLabel: vi.creditRoles[credit.role],
    name: bylineName(personById(commune, credit.person)),
    href: authorHref(commune.slug, credit.person),
  }));
}

export interface Author {
  person: Person;
  href: string;
  works: { item: Item; roles: string[] }[];
}

const collator = new Intl.Collator('vi');

/** Everyone credited on at least one item, by name in Vietnamese order, with their items. */
export function authorsOf(commune: Commune): Author[] {
  return commune.people
    .map((person) => ({
      person,
      href: authorHref(commune.slug, person.id),
      works: commune.items
        .filter((item) => item.credits.some((c) => c.person === person.id))
        .map((item) => ({
          item,
          roles: item.credits.filter((c) => c.person === person.id).map((c) => vi.creditRoles[c.role]),
        })),
    }))
    .filter((author) => author.works.length > 0)
    .toSorted(
      (a, b) => collator.compare(a.person.name, b.person.name) || a.person.id.localeCompare(b.person.id),
    );
}
