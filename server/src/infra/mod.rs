//! What Reclamo stands on: configuration, the database and its entities, encryption, password
//! hashing, the audit chain, rate limiters, PDFs, TOTP and telemetry. Imports neither services
//! nor web.

pub mod audit;
pub mod config;
pub mod crypto;
pub mod db;
pub mod entities;
pub mod media;
pub mod messaging;
pub mod password;
pub mod pdf;
pub mod ratelimit;
pub mod telemetry;
pub mod totp;
pub mod twilio;
