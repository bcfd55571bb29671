//! The page for any unknown path (answers 404).

use crate::components::Layout;
use crate::i18n::use_catalog;
use leptos::prelude::*;

/// Not found.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    if let Some(res) = use_context::<leptos_axum::ResponseOptions>() {
        res.set_status(http::StatusCode::NOT_FOUND);
    }
    let c = use_catalog();
    let t = move |id: &str| c.t(id);
    view! {
        <Layout catalog=c title=t("not-found-title")>
            <h1>{t("not-found-title")}</h1>
            <p>{t("not-found-body")}</p>
            <p><a href="/">{t("back-home")}</a></p>
        </Layout>
    }
}
