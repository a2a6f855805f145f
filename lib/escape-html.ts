// Text as HTML (or XML) character data and attribute values: feeds, the unsubscribe page, the 404 body
// written by the front door. Characters XML 1.0 does not allow at all are dropped (a stray one would make a
// whole feed unreadable).
const xmlInvalid = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeHtml(text: string): string {
  return text
    .replace(xmlInvalid, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}
