//! Building blocks shared by pages.

#[cfg(feature = "ssr")]
pub mod evidence;
#[cfg(feature = "ssr")]
pub mod fields;
#[cfg(feature = "ssr")]
mod layout;
#[cfg(feature = "ssr")]
pub use layout::{HOTLINE_DISPLAY, HOTLINE_TEL, Layout};
#[cfg(feature = "ssr")]
pub mod estimate;
