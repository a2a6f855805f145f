// /{locale}/subscribe/problem/invalid | rate-limited: where a refused subscription lands. Static (a page per
// code), so the message shows without JavaScript.
import { notFound } from "next/navigation";
import { NoticePage, noticeMetadata } from "@/components/follow/notice-page";

const codes = { invalid: "errorInvalid", "rate-limited": "errorRateLimited" } as const;

export function generateStaticParams() {
  return Object.keys(codes).map((code) => ({ code }));
}

export const generateMetadata = ({ params }: PageProps<"/[locale]/subscribe/problem/[code]">) =>
  noticeMetadata(params, "problemTitle");

export default async function ProblemPage({ params }: PageProps<"/[locale]/subscribe/problem/[code]">) {
  const { code } = await params;
  if (!(code in codes)) notFound();
  return <NoticePage params={params} title="problemTitle" body={codes[code as keyof typeof codes]} back />;
}
