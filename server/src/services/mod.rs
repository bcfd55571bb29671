//! What Reclamo does: intake (the one door entry), staff sign-in and accounts, case work, demo
//! data. Services take an `Actor` where a person acts, and return typed results or error codes;
//! they never import the web layer.

pub mod auth;
pub mod backup;
pub mod cases;
pub mod demo;
pub mod evidence;
pub mod intake;
pub mod keys;
pub mod outbox;
pub mod phone;
pub mod proof;
