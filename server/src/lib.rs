//! The Reclamo server: configuration, database, HTTP surface and command line.

pub mod cli;
pub mod config;
pub mod db;
pub mod http;
pub mod startup;
pub mod telemetry;
