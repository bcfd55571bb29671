//! Reclamo's user interface.
//!
//! Islands mode: every page is rendered on the server and works without JavaScript; only the
//! components marked `#[island]` ship WebAssembly (the staff case page's calculator), and only
//! pages that contain one load it ([`pages::Page::ISLANDS`]). The public wizard's live estimate is
//! a separate, framework-free wasm module (`app/estimate`).
//! Translations are looked up on the server (`i18n`) and passed to islands as props, so no
//! Fluent bundle and no translation text goes into the wasm.

#![recursion_limit = "256"]

pub mod components;
#[cfg(feature = "ssr")]
pub mod i18n;
pub mod islands;
pub mod pages;
#[cfg(feature = "ssr")]
mod shell;

#[cfg(feature = "ssr")]
pub use shell::{App, page_shell, shell};

/// Entry point of the wasm bundle: hydrates the islands on the page, nothing else.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
}
