//! The frame of every public page: skip link, header with the language switcher, the promise
//! that Reclamo never asks immigration status, the page, and a footer with the hotline.

use crate::i18n::{self, Catalog};
use leptos::prelude::*;
use leptos_meta::Title;

/// The Colorado Rapid Response Network hotline, from the policy (seed) document.
pub const HOTLINE_DISPLAY: &str = "1-844-864-8341";
/// The same number as a `tel:` target.
pub const HOTLINE_TEL: &str = "tel:+18448648341";

/// Page frame. `title` is already translated.
#[component]
pub fn Layout(catalog: &'static Catalog, title: String, children: Children) -> impl IntoView {
    let path = crate::i18n::use_path();
    let t = move |id: &str| catalog.t(id);
    let languages = i18n::catalogs()
        .iter()
        .map(|c| {
            let current = c.code == catalog.code;
            view! {
                <li>
                    <a
                        href=format!("{path}?lang={}", c.code)
                        lang=c.code
                        hreflang=c.code
                        dir=c.dir.as_str()
                        aria-current=current.then_some("true")
                    >
                        {c.native_name.clone()}
                    </a>
                </li>
            }
        })
        .collect_view();
    let full_title = format!("{title} · {}", t("site-name"));
    view! {
        <Title text=full_title />
        <a class="skip-link" href="#main">{t("skip-to-content")}</a>
        <header>
            <div class="site-header">
                <a class="brand" href="/">{t("site-name")}</a>
                <nav class="languages" aria-label=t("language-switcher-label")>
                    <ul>{languages}</ul>
                </nav>
            </div>
            <p class="promise">{t("promise-no-status")}</p>
        </header>
        <main id="main" tabindex="-1">
            {children()}
        </main>
        <footer class="site-footer">
            <nav aria-label=t("site-name")>
                <ul>
                    <li><a href="/">{t("nav-home")}</a></li>
                    <li><a href="/report">{t("nav-report")}</a></li>
                    <li><a href="/status">{t("nav-status")}</a></li>
                    <li><a href="/rights">{t("nav-rights")}</a></li>
                    <li><a href="/privacy">{t("footer-privacy-link")}</a></li>
                </ul>
            </nav>
            <p>{t("footer-privacy")}</p>
            <p>
                <a href=HOTLINE_TEL>
                    {catalog.t_args("footer-hotline", &[("phone", HOTLINE_DISPLAY)])}
                </a>
            </p>
        </footer>
    }
}
