//! An employer's record (`/staff/employers/{id}`).

use super::{StaffMe, staff_bar};
use crate::components::Layout;
use crate::i18n::use_catalog;
use crate::pages::casework::{EmployerView, employer};
use leptos::prelude::*;

/// The employer page's view.
#[derive(Clone, Debug)]
pub struct EmployerPageView {
    /// Who.
    pub me: StaffMe,
    /// What it shows.
    pub view: Box<EmployerView>,
}

crate::pages::page!(EmployerPageView => EmployerPage, islands: false);

/// The employer page.
#[component]
pub fn EmployerPage(page: EmployerPageView) -> impl IntoView {
    let c = use_catalog();
    let bar = staff_bar(c, &page.me);
    let title = page.view.name.clone();
    view! { <Layout catalog=c title=title.clone()>{bar}<h1>{title}</h1>{employer(c, *page.view)}</Layout> }
}
