//! The Reclamo server: configuration, database, HTTP surface and command line.

pub mod api;
pub mod audit;
pub mod auth;
pub mod cases;
pub mod cli;
pub mod config;
pub mod crypto;
pub mod db;
pub mod demo;
pub mod entities;
pub mod http;
pub mod intake;
pub mod pages;
pub mod pdf;
pub mod ratelimit;
pub mod staff_cases;
pub mod staff_pages;
pub mod startup;
pub mod telemetry;
pub mod totp;
