// /{locale}/subscribe/sent: after the subscribe form. Says the same whether or not the address was known.
import { NoticePage, noticeMetadata } from "@/components/follow/notice-page";

export const generateMetadata = ({ params }: PageProps<"/[locale]/subscribe/sent">) =>
  noticeMetadata(params, "sentTitle");

export default function SentPage({ params }: PageProps<"/[locale]/subscribe/sent">) {
  return <NoticePage params={params} title="sentTitle" body="sentBody" />;
}
