//! Configuration from the environment, with defaults that work on a laptop with no setup.

use std::{net::SocketAddr, path::PathBuf, time::Duration};

/// Everything the server needs to start. Built from the environment by [`Settings::from_env`];
/// tests build it directly.
#[derive(Clone, Debug)]
pub struct Settings {
    /// Where the embedded database and the master key live (`RECLAMO_DATA_DIR`, default `./data`).
    pub data_dir: PathBuf,
    /// `DATABASE_URL`; `None` means the embedded SQLite file `<data_dir>/reclamo.db`.
    pub database_url: Option<String>,
    /// Address to listen on (`LEPTOS_SITE_ADDR`, default `127.0.0.1:3000`; port 0 picks one).
    pub site_addr: SocketAddr,
    /// Directory with the built site: `pkg/` with CSS, JS and wasm (`LEPTOS_SITE_ROOT`).
    pub site_root: PathBuf,
    /// The public base URL, for links in letters and messages (`RECLAMO_PUBLIC_URL`).
    pub public_url: Option<String>,
    /// Longest a request may take before the server answers 408.
    pub request_timeout: Duration,
    /// Longest a client may take to send its request headers (drops slowloris connections).
    pub header_read_timeout: Duration,
    /// Largest request body accepted, in bytes.
    pub body_limit: usize,
}

/// A configuration value could not be understood.
#[derive(Debug, thiserror::Error)]
#[error("{name}: {message}")]
pub struct ConfigError {
    /// The environment variable.
    pub name: &'static str,
    /// What is wrong with it.
    pub message: String,
}

fn env_opt(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.trim().is_empty())
}

impl Settings {
    /// Reads the environment.
    pub fn from_env() -> Result<Settings, ConfigError> {
        let data_dir = env_opt("RECLAMO_DATA_DIR")
            .map(PathBuf::from)
            .unwrap_or_else(|| PathBuf::from("./data"));
        let site_addr = env_opt("LEPTOS_SITE_ADDR")
            .unwrap_or_else(|| "127.0.0.1:3000".to_owned())
            .parse()
            .map_err(|e| ConfigError {
                name: "LEPTOS_SITE_ADDR",
                message: format!("{e}"),
            })?;
        let site_root = env_opt("LEPTOS_SITE_ROOT")
            .map(PathBuf::from)
            .unwrap_or_else(default_site_root);
        Ok(Settings {
            data_dir,
            database_url: env_opt("DATABASE_URL"),
            site_addr,
            site_root,
            public_url: env_opt("RECLAMO_PUBLIC_URL"),
            ..Settings::defaults()
        })
    }

    /// Defaults for everything (embedded SQLite in `./data`, port 3000).
    pub fn defaults() -> Settings {
        Settings {
            data_dir: PathBuf::from("./data"),
            database_url: None,
            site_addr: SocketAddr::from(([127, 0, 0, 1], 3000)),
            site_root: default_site_root(),
            public_url: None,
            request_timeout: Duration::from_secs(30),
            header_read_timeout: Duration::from_secs(10),
            body_limit: 2 * 1024 * 1024,
        }
    }

    /// Whether users reach the server over https (cookies then get `Secure`).
    pub fn serves_https(&self) -> bool {
        self.public_url
            .as_deref()
            .is_some_and(|u| u.starts_with("https://"))
    }

    /// The database URL in use: `DATABASE_URL`, or the embedded SQLite file.
    pub fn effective_database_url(&self) -> String {
        match &self.database_url {
            Some(url) => url.clone(),
            None => format!(
                "sqlite://{}?mode=rwc",
                self.data_dir.join("reclamo.db").display()
            ),
        }
    }
}

/// `target/site` when run from the repository; else `../site` next to the binary
/// (`target/release/reclamo` -> `target/site`).
fn default_site_root() -> PathBuf {
    let repo = PathBuf::from("target/site");
    if repo.is_dir() {
        return repo;
    }
    std::env::current_exe()
        .ok()
        .and_then(|exe| {
            exe.parent()
                .and_then(|p| p.parent())
                .map(|p| p.join("site"))
        })
        .filter(|p| p.is_dir())
        .unwrap_or(repo)
}

/// A database URL with any password removed, for the startup line.
pub fn redact_url(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme_end), Some(at)) if at > scheme_end => {
            let creds = &url[scheme_end + 3..at];
            let user = creds.split(':').next().unwrap_or("");
            format!("{}{}@{}", &url[..scheme_end + 3], user, &url[at + 1..])
        }
        _ => url.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redacts_passwords() {
        assert_eq!(
            redact_url("postgres://u:secret@h:5432/db"),
            "postgres://u@h:5432/db"
        );
        assert_eq!(redact_url("postgres://h/db"), "postgres://h/db");
        assert_eq!(
            redact_url("sqlite://./data/reclamo.db?mode=rwc"),
            "sqlite://./data/reclamo.db?mode=rwc"
        );
    }
}
