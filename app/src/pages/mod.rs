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

#[cfg(feature = "ssr")]
pub mod casework;
#[cfg(feature = "ssr")]
pub mod home;
#[cfg(feature = "ssr")]
pub mod not_found;
#[cfg(feature = "ssr")]
pub mod report;
#[cfg(feature = "ssr")]
pub mod rights;
#[cfg(feature = "ssr")]
pub mod staff;
#[cfg(feature = "ssr")]
pub mod status;
