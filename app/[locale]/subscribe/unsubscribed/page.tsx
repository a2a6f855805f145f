// /{locale}/subscribe/unsubscribed: after unsubscribing — the reader and their follows are deleted.
import { NoticePage, noticeMetadata } from "@/components/follow/notice-page";

export const generateMetadata = ({ params }: PageProps<"/[locale]/subscribe/unsubscribed">) =>
  noticeMetadata(params, "unsubscribedTitle");

export default function UnsubscribedPage({ params }: PageProps<"/[locale]/subscribe/unsubscribed">) {
  return <NoticePage params={params} title="unsubscribedTitle" body="unsubscribedBody" />;
}
