//! Reclamo's domain core.
//!
//! Everything here is pure and wasm-safe: the same code runs in the browser (islands) and on the
//! server. No database, no async runtime, no I/O.

pub mod calendar;
pub mod case_view;
pub mod codes;
pub mod complaint;
pub mod employer;
pub mod field_rules;
pub mod form;
pub mod money;
pub mod privacy;
pub mod referral;
pub mod remedy;
pub mod retaliation;
pub mod wage;
pub mod workflow;
