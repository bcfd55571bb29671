//! One module per page.

/// A page the server renders directly from its handler: the handler builds the view value, and
/// the page's component draws it. `ISLANDS` says whether the page ships wasm (hydration scripts).
#[cfg(feature = "ssr")]
pub trait Page: Clone + Send + Sync + 'static {
    /// Whether the page contains an island.
    const ISLANDS: bool;
    /// The page's component with this view.
    fn view(self) -> leptos::prelude::AnyView;
}

/// Implements [`Page`] for a view type drawn by a component that takes it as `page`.
#[cfg(feature = "ssr")]
macro_rules! page {
    ($view:ty => $component:ident, islands: $islands:expr) => {
        impl $crate::pages::Page for $view {
            const ISLANDS: bool = $islands;
            fn view(self) -> AnyView {
                view! { <$component page=self /> }.into_any()
            }
        }
    };
}
#[cfg(feature = "ssr")]
pub(crate) use page;

#[cfg(feature = "ssr")]
pub mod casework;
#[cfg(feature = "ssr")]
pub mod home;
#[cfg(feature = "ssr")]
pub mod not_found;
#[cfg(feature = "ssr")]
pub mod privacy;
#[cfg(feature = "ssr")]
pub mod report;
#[cfg(feature = "ssr")]
pub mod rights;
#[cfg(feature = "ssr")]
pub mod staff;
#[cfg(feature = "ssr")]
pub mod status;
