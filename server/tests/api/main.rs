//! Integration tests through the real router, on SQLite and (when reachable) PostgreSQL.
//! One test binary with modules compiles once instead of once per file.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod access;
mod auth;
mod backup;
mod casework;
mod complaints;
mod concurrency;
mod crash;
mod disposal;
mod doors;
mod evidence;
mod health;
mod helpers;
mod keys;
mod outbox;
mod pages;
mod phone;
mod receipt;
mod referrals;
mod report_form;
mod rotation;
mod screening;
mod sealed;
mod staff_pages;
