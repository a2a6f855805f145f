// The frame of every admin page: its title and lead, what the page adds under them (`intro`), the link
// back up (`back`), then the page's body. The admin layout renders the page inside <Suspense> (it reads
// the session), so a page awaits what it needs directly and returns this frame.
import type { ReactNode } from "react";
import { PageHeader } from "@/components/ui/page-header";
import { Alert } from "@/components/ui/alert";
import { textLink } from "@/components/ui/styles";

export function AdminFrame({
  title,
  lead,
  lang,
  back,
  intro,
  refused,
  children,
}: {
  title: string;
  lead?: string;
  lang?: string;
  back?: { href: string; label: string };
  intro?: ReactNode;
  /** Why the user may not see this page (shown instead of `children`). */
  refused?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <>
      <PageHeader title={title} lead={lead} lang={lang}>
        {intro}
        {back && (
          <p className="mt-3">
            <a className={textLink} href={back.href}>
              {back.label}
            </a>
          </p>
        )}
      </PageHeader>
      {refused ? <Refusal>{refused}</Refusal> : children}
    </>
  );
}

/** What a page shows instead of its body when the user may not see it (or it does not exist). */
export function Refusal({ children }: { children: ReactNode }) {
  return <Alert className="mt-8">{children}</Alert>;
}
