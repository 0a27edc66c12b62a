/** A `tel:` link from a phone number as editors write it (`0257 3800 001`): digits and `+` only. */
export const telHref = (phone: string): string => `tel:${phone.replace(/[^\d+]/g, '')}`;
