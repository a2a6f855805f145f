// The one renderer for stored long text (Markdown). Raw HTML in the source is dropped, only the elements
// listed here are rendered, and link URLs pass react-markdown's safe-protocol filter — so text typed by
// an editor can never inject markup or script into a page.
import ReactMarkdown from "react-markdown";

const allowedElements = [
  "p",
  "h2",
  "h3",
  "h4",
  "ul",
  "ol",
  "li",
  "strong",
  "em",
  "a",
  "blockquote",
  "br",
  "hr",
  "code",
];

export function Markdown({ children, className }: { children: string; className?: string }) {
  return (
    <div className={className ?? "prose-portal"}>
      <ReactMarkdown
        skipHtml
        allowedElements={allowedElements}
        unwrapDisallowed
        components={{
          a: ({ href, children }) => {
            const external = href?.startsWith("http");
            return (
              <a
                href={href}
                {...(external ? { rel: "noopener noreferrer external" } : {})}
                className="text-brand-700 underline"
              >
                {children}
              </a>
            );
          },
        }}
      >
        {children}
      </ReactMarkdown>
    </div>
  );
}
