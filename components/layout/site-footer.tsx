// The site footer: what the site is, and under the government-site conventions its organizing and
// operating units, identifier code, filing numbers (linked to their registries), contact and the way to
// report an error on the page (lib/site-identity.ts). A setting that is not configured is not shown.
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { ICP_REGISTRY, PSB_REGISTRY, siteIdentity } from "@/lib/site-identity";

export async function SiteFooter({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "footer" });
  const ts = await getTranslations({ locale, namespace: "site" });
  const id = siteIdentity(locale);
  const link = "text-brand-700 underline";
  return (
    <footer className="mt-16 border-t border-slate-200 bg-slate-50" data-testid="site-footer">
      <div className="mx-auto max-w-6xl space-y-3 px-4 py-8 text-sm text-slate-700">
        <p>{t("rights")}</p>
        <p>{t("sources")}</p>
        <p>
          <a className={link} href={`/${locale}/report-error/here`} rel="nofollow" data-testid="report-error-link">
            {ts("reportError.footerLink")}
          </a>
        </p>
        {(id.organizer || id.operator || id.siteIdCode) && (
          <dl className="flex flex-wrap gap-x-6 gap-y-1">
            {id.organizer && (
              <div className="flex gap-1" data-testid="footer-organizer">
                <dt>{ts("organizer")}</dt>
                <dd lang={id.organizer.lang}>{id.organizer.text}</dd>
              </div>
            )}
            {id.operator && (
              <div className="flex gap-1" data-testid="footer-operator">
                <dt>{ts("operator")}</dt>
                <dd lang={id.operator.lang}>{id.operator.text}</dd>
              </div>
            )}
            {id.siteIdCode && (
              <div className="flex gap-1" data-testid="footer-site-id">
                <dt>{ts("siteIdCode")}</dt>
                <dd>{id.siteIdCode}</dd>
              </div>
            )}
          </dl>
        )}
        {(id.contactEmail || id.contactPhone) && (
          <p data-testid="footer-contact">
            {ts("contact")}{" "}
            {id.contactEmail && (
              <a className={link} href={`mailto:${id.contactEmail}`}>
                {id.contactEmail}
              </a>
            )}
            {id.contactEmail && id.contactPhone && " · "}
            {id.contactPhone && (
              <a className={link} href={`tel:${id.contactPhone.replace(/[^0-9+]/g, "")}`}>
                {id.contactPhone}
              </a>
            )}
          </p>
        )}
        {(id.icp || id.psb) && (
          <p className="flex flex-wrap gap-x-6 gap-y-1">
            {id.icp && (
              <a
                className={link}
                href={ICP_REGISTRY}
                rel="noopener noreferrer external"
                lang="zh-CN"
                data-testid="footer-icp"
              >
                {id.icp}
              </a>
            )}
            {id.psb && (
              <a
                className={link}
                href={PSB_REGISTRY}
                rel="noopener noreferrer external"
                lang="zh-CN"
                data-testid="footer-psb"
              >
                {id.psb}
              </a>
            )}
          </p>
        )}
      </div>
    </footer>
  );
}
