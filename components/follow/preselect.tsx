"use client";
// Progressive enhancement of the subscribe form: with JavaScript, the "Follow changes" link's query string
// (?follow=policy&slug=…, ?follow=news&zone=…) preselects the form's choices. Without it the reader picks
// them; the form works the same.
import { useEffect } from "react";

export function Preselect({ formId }: { formId: string }) {
  useEffect(() => {
    const form = document.getElementById(formId) as HTMLFormElement | null;
    if (!form) return;
    const q = new URLSearchParams(window.location.search);
    const follow = q.get("follow");
    const set = (name: string, value: string | null) => {
      const el = form.elements.namedItem(name);
      if (value && el instanceof HTMLSelectElement && [...el.options].some((o) => o.value === value)) el.value = value;
    };
    const radio = form.querySelector<HTMLInputElement>(`input[name="follow"][value="${CSS.escape(follow ?? "")}"]`);
    if (!radio) return;
    radio.checked = true;
    if (follow === "zone") set("zone", q.get("slug"));
    if (follow === "policy") set("policy", q.get("slug"));
    for (const n of ["zone", "newsKind", "industry", "topic"])
      if (follow !== "zone" && follow !== "policy") set(n, q.get(n));
  }, [formId]);
  return null;
}
