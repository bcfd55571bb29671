//! `/rights`: know-your-rights content from the policy, with the rapid-response hotline.

use crate::components::Layout;
use crate::components::{HOTLINE_DISPLAY, HOTLINE_TEL};
use crate::i18n::use_catalog;
use leptos::prelude::*;
use reclamo_shared::wage::{Jurisdiction, MINIMUM_WAGES};

/// The know-your-rights page.
#[component]
pub fn RightsPage() -> impl IntoView {
    let c = use_catalog();
    let t = move |id: &str| c.t(id);
    let denver_2026 = MINIMUM_WAGES.iter().find(|w| w.jurisdiction == Jurisdiction::Denver && w.year == 2026);
    let wage_line = denver_2026
        .map(|w| c.t_args("rights-wage-2", &[("wage", &w.hourly.to_string()), ("tipped", &w.tipped.to_string())]));
    view! {
        <Layout catalog=c title=t("rights-title")>
            <h1>{t("rights-title")}</h1>
            <p class="lead">{t("rights-intro")}</p>
            <section aria-labelledby="r-hotline" class="callout">
                <h2 id="r-hotline">{t("rights-hotline-title")}</h2>
                <p>{t("rights-hotline-body")}</p>
                <p>
                    <a class="button" href=HOTLINE_TEL>
                        {c.t_args("rights-hotline-call", &[("phone", HOTLINE_DISPLAY)])}
                    </a>
                </p>
            </section>
            <section aria-labelledby="r-wage">
                <h2 id="r-wage">{t("rights-wage-title")}</h2>
                <ul>
                    <li>{t("rights-wage-1")}</li>
                    {wage_line.map(|l| view! { <li>{l}</li> })}
                    <li>{t("rights-wage-3")}</li>
                    <li>{t("rights-wage-4")}</li>
                </ul>
                <p><a class="button primary" href="/report">{t("nav-report")}</a></p>
            </section>
            <section aria-labelledby="r-ice">
                <h2 id="r-ice">{t("rights-ice-title")}</h2>
                <ul>
                    <li>{t("rights-ice-silent")}</li>
                    <li>{t("rights-ice-sign")}</li>
                    <li>{t("rights-ice-warrant")}</li>
                    <li>{t("rights-ice-lawyer")}</li>
                </ul>
            </section>
            <section aria-labelledby="r-family">
                <h2 id="r-family">{t("rights-family-title")}</h2>
                <p>{t("rights-family-body")}</p>
            </section>
        </Layout>
    }
}
