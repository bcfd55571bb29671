//! The case queue (`/staff/cases`).

use super::{StaffMe, staff_bar};
use crate::components::Layout;
use crate::i18n::use_catalog;
use crate::pages::casework::{QueueView, queue};
use leptos::prelude::*;

/// The queue page's view.
#[derive(Clone, Debug)]
pub struct QueuePageView {
    /// Who.
    pub me: StaffMe,
    /// What it shows.
    pub view: Box<QueueView>,
}

crate::pages::page!(QueuePageView => QueuePage, islands: false);

/// The queue page.
#[component]
pub fn QueuePage(page: QueuePageView) -> impl IntoView {
    let c = use_catalog();
    let bar = staff_bar(c, &page.me);
    let title = c.t("queue-title");
    view! { <Layout catalog=c title=title.clone()>{bar}<h1>{title}</h1>{queue(c, *page.view)}</Layout> }
}
