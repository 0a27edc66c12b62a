import type { Site } from '../content/types.ts';

/**
 * Every page's "rate your satisfaction" link. A static site cannot store votes, and a
 * third-party counter would track citizens: the link opens the feedback form that site.yaml
 * names (the province's or the national public service portal's), or else an e-mail to the
 * commune with the page and the rating scale filled in. No link when neither is configured (the
 * oversight report then asks for one).
 * @see Nghị định 224/2026/NĐ-CP, Điều 10 khoản 3 (người dùng đánh giá mức độ hài lòng trực tuyến)
 * @see Luật Chuyển đổi số 2025, Điều 34 khoản 2 (mức độ hài lòng)
 */
export interface FeedbackLink {
  href: string;
  /** Whether it opens an e-mail rather than a web form (said to the reader before they tap). */
  email: boolean;
}

export interface RatedPage {
  title: string;
  /** The page's public address, or its path when site.yaml has no `url`. */
  address: string;
}

export const RATING_SCALE = ['Rất hài lòng', 'Hài lòng', 'Bình thường', 'Chưa hài lòng'] as const;

export function feedbackLink(site: Pick<Site, 'feedback'>, page: RatedPage): FeedbackLink | undefined {
  const feedback = site.feedback;
  if (feedback?.url) return { href: feedback.url, email: false };
  if (!feedback?.email) return undefined;
  const subject = `Đánh giá mức độ hài lòng: ${page.title}`;
  const body = [
    `Trang: ${page.address}`,
    `Mức độ hài lòng (${RATING_SCALE.join(' / ')}): `,
    'Góp ý: ',
    '',
  ].join('\n');
  return {
    href: `mailto:${feedback.email}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`,
    email: true,
  };
}
