//! The Reclamo server: configuration, database, HTTP surface and command line.

pub mod cli;
pub mod infra;
pub mod services;
pub mod startup;
pub mod web;
