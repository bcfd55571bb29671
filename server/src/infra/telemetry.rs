//! Tracing setup. Log lines carry request ids, methods, route templates, status codes and
//! timings, never form answers, names, phone numbers, IP addresses or query strings.

use tracing_subscriber::{EnvFilter, fmt};

/// Installs the global subscriber (`RUST_LOG` filters; default `info`). Safe to call twice.
pub fn init() {
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn,sea_orm=warn"));
    let _ = fmt().with_env_filter(filter).with_target(false).try_init();
}
