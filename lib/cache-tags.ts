// Every cache tag the portal uses, named in one place. Reads tag themselves with these; an edit
// revalidates exactly the tags of what it changed (lib/revalidate.ts).
export const tags = {
  zones: "zones",
  zone: (slug: string) => `zone:${slug}`,
  layout: "layout",
  policies: "policies",
  policy: (slug: string) => `policy:${slug}`,
  news: "news",
  newsArticle: (slug: string) => `news:${slug}`,
  figures: "figures",
  glossary: "glossary",
  /** The public questions and answers (lib/data/questions.ts). */
  questions: "questions",
  question: (slug: string) => `question:${slug}`,
} as const;
