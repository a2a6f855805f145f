// Scheduled publishing end to end, through the in-server scheduler (instrumentation.ts → POST
// /api/internal/publish-due every 5 s): an admin unpublishes the Korean profile of a zone (the public page
// then shows the Chinese original), schedules it ~40 s ahead, and nobody does anything more — the public
// page shows the Korean text again by itself — the revision that was scheduled, not a draft edit made
// after scheduling (the list says the draft has changed since). A translator of Korean, looking at that
// draft, gets no schedule form (and no Publish button) and cannot open the schedule list. The Korean text
// ends published as it was.
//
// Uses the zone "china-singapore-food-zone", which no other spec asserts on (foundation.spec.ts checks
// the names of four other zones on the home page). Signed-in states come from auth.setup.ts.
import { expect, test, type Page } from "@playwright/test";
import { noAxeViolations } from "./support/axe";
import { stateFile } from "./support/auth";

test.use({ storageState: stateFile("admin") });

const key = "china-singapore-food-zone";
const editor = `/en/admin/content/zone/${key}/ko`;
const publicPath = `/ko/zones/${key}`;

/** The portal's time zone as a datetime-local value with seconds ("2026-11-22T15:04:05"). */
function beijingLocal(at: Date): string {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", {
      timeZone: "Asia/Shanghai",
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    })
      .formatToParts(at)
      .map((x) => [x.type, x.value]),
  );
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}`;
}

/** The public page's <h1>, fetched anonymously (plain HTTP, no cookies). */
async function publicHeading(baseURL: string): Promise<string> {
  const res = await fetch(new URL(publicPath, baseURL), { cache: "no-store" });
  expect(res.status).toBe(200);
  const m = /<h1[^>]*>([^<]*)<\/h1>/.exec(await res.text());
  return m?.[1] ?? "";
}

async function setStatus(page: Page, to: "Publish" | "Unpublish") {
  await page.getByRole("button", { name: to, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`\\?status=${to === "Publish" ? "published" : "draft"}$`));
}

test("a draft scheduled a few seconds ahead goes live by itself; a translator gets no schedule form", async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const base = baseURL!;
  await page.goto(editor);
  await expect(page.getByTestId("content-status")).toHaveText("Published");
  const koName = await page.getByLabel("Name", { exact: true }).inputValue();
  expect(koName.length).toBeGreaterThan(0);
  // Published: no schedule form.
  await expect(page.getByTestId("schedule")).toHaveCount(0);
  expect(await publicHeading(base)).toBe(koName);

  try {
    await setStatus(page, "Unpublish");
    await expect(page.getByTestId("content-status")).toHaveText("Draft");
    // The public page falls back to the Chinese original.
    await expect.poll(() => publicHeading(base), { timeout: 10_000 }).not.toBe(koName);

    // A time in the past is refused with a field error, the typed value kept.
    const form = page.getByTestId("schedule");
    const input = form.getByLabel("Publish at (Beijing time)");
    const past = beijingLocal(new Date(Date.now() - 60_000));
    await input.fill(past);
    await form.getByRole("button", { name: "Schedule" }).click();
    await expect(form.getByRole("alert")).toHaveText("Check the publication time.");
    await expect(form.getByText("The publication time must be in the future.")).toBeVisible();
    await expect(input).toHaveAttribute("aria-invalid", "true");
    // The browser normalizes a datetime-local value: whole minutes lose their ":00".
    await expect(input).toHaveValue(past.replace(/:00$/, ""));
    await noAxeViolations(page);

    // Schedule it 40 seconds from now (the field takes whole seconds): time for the checks and the later edit below.
    const publishAt = Math.floor((Date.now() + 40_000) / 1000) * 1000;
    await input.fill(beijingLocal(new Date(publishAt)));
    await form.getByRole("button", { name: "Schedule" }).click();
    await expect(page).toHaveURL(/\?scheduled=1$/);
    await expect(page.getByTestId("schedule-pending")).toContainText("goes live on");
    await expect(page.getByTestId("schedule-pending")).toContainText("(Beijing time)");
    await expect(page.getByRole("button", { name: "Cancel the schedule" })).toBeVisible();
    await noAxeViolations(page);

    // A Korean translator sees the draft but neither Publish nor the schedule form, and not the list.
    const tr = await browser.newContext({ storageState: stateFile("translator") });
    const trPage = await tr.newPage();
    await trPage.goto(editor);
    await expect(trPage.getByTestId("content-status")).toHaveText("Draft");
    await expect(trPage.getByLabel("Name", { exact: true })).toHaveValue(koName);
    await expect(trPage.getByTestId("schedule")).toHaveCount(0);
    await expect(trPage.getByRole("button", { name: "Publish", exact: true })).toHaveCount(0);
    await trPage.goto("/en/admin/schedule");
    await expect(
      trPage.getByRole("alert").filter({ hasText: "Only editors and administrators can schedule publications." }),
    ).toBeVisible();
    await tr.close();

    // A draft edit after scheduling does not ride along.
    await page.goto(editor);
    await page.locator("form[data-hydrated]").waitFor();
    await page.getByLabel("Name", { exact: true }).fill(`${koName} (later draft)`);
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page).toHaveURL(/\?saved=\d+$/);

    // The list shows it waiting, and that the draft has changed since.
    await page.goto("/en/admin/schedule");
    await expect(page.getByTestId("schedule-pending-list").getByRole("link", { name: key })).toBeVisible();
    await expect(page.getByTestId("schedule-draft-changed")).toHaveText(
      "The draft has changed since this was scheduled; the scheduled revision is what goes live.",
    );
    await noAxeViolations(page);

    // Nobody does anything: not live before its time, live shortly after it.
    if (Date.now() < publishAt - 1000) expect(await publicHeading(base)).not.toBe(koName);
    await expect.poll(() => publicHeading(base), { timeout: 70_000, intervals: [500] }).toBe(koName);
    expect(Date.now()).toBeGreaterThanOrEqual(publishAt);

    await page.goto(editor);
    await expect(page.getByTestId("content-status")).toHaveText("Published");
    // The later edit is still a draft (it could be scheduled in turn).
    await expect(page.getByTestId("draft-pending")).toBeVisible();
    await expect(page.getByLabel("Name", { exact: true })).toHaveValue(`${koName} (later draft)`);
    await page.goto("/en/admin/schedule");
    const done = page
      .getByTestId("schedule-done-list")
      .getByRole("row")
      .filter({ has: page.getByRole("link", { name: key }) })
      .first();
    await expect(done).toContainText("Korean");
    await expect(done).toContainText("Published");
  } finally {
    // Restore: the Korean name as it was, published (publishing by hand also ends a pending schedule).
    await page.goto(editor);
    await page.locator("form[data-hydrated]").waitFor();
    if ((await page.getByLabel("Name", { exact: true }).inputValue()) !== koName) {
      await page.getByLabel("Name", { exact: true }).fill(koName);
      await page.getByRole("button", { name: "Save draft" }).click();
      await expect(page).toHaveURL(/\?saved=\d+$/);
    }
    if (await page.getByRole("button", { name: "Publish", exact: true }).count()) await setStatus(page, "Publish");
    await expect(page.getByTestId("content-status")).toHaveText("Published");
  }
});
