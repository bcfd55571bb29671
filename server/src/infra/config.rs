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
    /// The master key file (`RECLAMO_MASTER_KEY_FILE`; default `<data_dir>/master.key`).
    pub master_key_file: Option<PathBuf>,
    /// Complaint submissions per client IP per hour (`RECLAMO_INTAKE_LIMIT`; 0 = off).
    pub intake_limit: u32,
    /// Status checks per client IP per hour, and per tracking code (`RECLAMO_STATUS_LIMIT`; 0 = off).
    pub status_limit: u32,
    /// Proxies whose `X-Forwarded-For` is believed (`RECLAMO_TRUSTED_PROXIES`).
    pub trusted_proxies: crate::infra::ratelimit::TrustedProxies,
    /// Staff session idle timeout in minutes (`RECLAMO_SESSION_IDLE_MINUTES`, default 30).
    pub session_idle_minutes: u32,
    /// Staff session absolute lifetime in hours (`RECLAMO_SESSION_ABSOLUTE_HOURS`, default 12).
    pub session_absolute_hours: u32,
    /// Twilio's auth token (`RECLAMO_TWILIO_AUTH_TOKEN`): signs the phone webhooks. Without it (or
    /// without `RECLAMO_PUBLIC_URL`, which the signature covers) the phone door refuses every request.
    pub twilio_auth_token: Option<Secret>,
    /// The policy's escalation for each confirmed immigration threat, in percent of the Denver
    /// retaliation fine (`RECLAMO_POLICY_ESCALATION_PERCENT`, default 100; 0 turns it off).
    pub policy_escalation_percent: u32,
    /// Days a closed case keeps its personal data before it is due for disposal
    /// (`RECLAMO_RETENTION_DAYS`, default 365; 0 makes a closed case due at once).
    pub retention_days: u32,
    /// Where the signed heads of the audit chain are appended (`RECLAMO_AUDIT_ANCHOR_FILE`,
    /// default `<data_dir>/audit.anchors`; in production a file on another machine or an
    /// append-only mount, so that whoever can change the database cannot also change it).
    pub audit_anchor_file: Option<PathBuf>,
    /// Where every disposal is appended, one line per case (`RECLAMO_DISPOSAL_LOG_FILE`, default
    /// `<data_dir>/disposals.log`): `reclamo restore` replays it, so a backup taken before a
    /// disposal cannot bring the case back. In production keep it outside the data directory,
    /// with the audit anchors.
    pub disposal_log_file: Option<PathBuf>,
    /// Twilio account SID (`RECLAMO_TWILIO_ACCOUNT_SID`): with the auth token and a sender, texts go out.
    pub twilio_account_sid: Option<String>,
    /// The number (`+1…`) or Messaging Service SID (`MG…`) texts come from (`RECLAMO_TWILIO_FROM`).
    pub twilio_from: Option<String>,
    /// Twilio's REST API base (`RECLAMO_TWILIO_API_URL`, default `https://api.twilio.com`; tests
    /// point it at a local stand-in).
    pub twilio_api_url: String,
    /// SMTP relay (`RECLAMO_SMTP_URL`, e.g. `smtp://127.0.0.1:2525` or `smtps://user:pass@host`).
    pub smtp_url: Option<Secret>,
    /// The sender of e-mail (`RECLAMO_SMTP_FROM`, default `Reclamo <no-reply@localhost>`).
    pub smtp_from: String,
    /// The largest evidence file, in MB (`RECLAMO_EVIDENCE_MAX_MB`, default 10).
    pub evidence_max_mb: u32,
    /// The most evidence files per complaint (`RECLAMO_EVIDENCE_MAX_FILES`, default 10).
    pub evidence_max_files: u32,
}

/// A secret from the environment, never printed (`Debug` shows `Secret(***)`).
#[derive(Clone)]
pub struct Secret(pub String);

impl Secret {
    /// The secret itself, for the one place that uses it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(***)")
    }
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
        let data_dir = env_opt("RECLAMO_DATA_DIR").map(PathBuf::from).unwrap_or_else(|| PathBuf::from("./data"));
        let site_addr = env_opt("LEPTOS_SITE_ADDR")
            .unwrap_or_else(|| "127.0.0.1:3000".to_owned())
            .parse()
            .map_err(|e| ConfigError { name: "LEPTOS_SITE_ADDR", message: format!("{e}") })?;
        let site_root = env_opt("LEPTOS_SITE_ROOT").map(PathBuf::from).unwrap_or_else(default_site_root);
        let limit = |name: &'static str, default: u32| -> Result<u32, ConfigError> {
            env_opt(name).map_or(Ok(default), |v| {
                v.trim().parse().map_err(|_| ConfigError { name, message: format!("not a number: {v}") })
            })
        };
        let trusted_proxies =
            crate::infra::ratelimit::TrustedProxies::parse(&env_opt("RECLAMO_TRUSTED_PROXIES").unwrap_or_default())
                .map_err(|message| ConfigError { name: "RECLAMO_TRUSTED_PROXIES", message })?;
        Ok(Settings {
            data_dir,
            database_url: env_opt("DATABASE_URL"),
            site_addr,
            site_root,
            public_url: env_opt("RECLAMO_PUBLIC_URL"),
            master_key_file: env_opt("RECLAMO_MASTER_KEY_FILE").map(PathBuf::from),
            intake_limit: limit("RECLAMO_INTAKE_LIMIT", 20)?,
            status_limit: limit("RECLAMO_STATUS_LIMIT", 30)?,
            trusted_proxies,
            session_idle_minutes: limit("RECLAMO_SESSION_IDLE_MINUTES", 30)?.max(1),
            session_absolute_hours: limit("RECLAMO_SESSION_ABSOLUTE_HOURS", 12)?.max(1),
            twilio_auth_token: env_opt("RECLAMO_TWILIO_AUTH_TOKEN").map(Secret),
            policy_escalation_percent: limit(
                "RECLAMO_POLICY_ESCALATION_PERCENT",
                reclamo_shared::remedy::POLICY_ESCALATION_PERCENT,
            )?,
            twilio_account_sid: env_opt("RECLAMO_TWILIO_ACCOUNT_SID"),
            twilio_from: env_opt("RECLAMO_TWILIO_FROM"),
            twilio_api_url: env_opt("RECLAMO_TWILIO_API_URL").unwrap_or_else(|| "https://api.twilio.com".to_owned()),
            smtp_url: env_opt("RECLAMO_SMTP_URL").map(Secret),
            smtp_from: env_opt("RECLAMO_SMTP_FROM").unwrap_or_else(|| "Reclamo <no-reply@localhost>".to_owned()),
            evidence_max_mb: limit("RECLAMO_EVIDENCE_MAX_MB", 10)?.clamp(1, 100),
            evidence_max_files: limit("RECLAMO_EVIDENCE_MAX_FILES", 10)?.max(1),
            retention_days: limit("RECLAMO_RETENTION_DAYS", reclamo_shared::privacy::RETENTION_DAYS)?,
            audit_anchor_file: env_opt("RECLAMO_AUDIT_ANCHOR_FILE").map(PathBuf::from),
            disposal_log_file: env_opt("RECLAMO_DISPOSAL_LOG_FILE").map(PathBuf::from),
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
            master_key_file: None,
            intake_limit: 20,
            status_limit: 30,
            trusted_proxies: crate::infra::ratelimit::TrustedProxies::default(),
            session_idle_minutes: 30,
            session_absolute_hours: 12,
            twilio_auth_token: None,
            policy_escalation_percent: reclamo_shared::remedy::POLICY_ESCALATION_PERCENT,
            retention_days: reclamo_shared::privacy::RETENTION_DAYS,
            audit_anchor_file: None,
            disposal_log_file: None,
            twilio_account_sid: None,
            twilio_from: None,
            twilio_api_url: "https://api.twilio.com".to_owned(),
            smtp_url: None,
            smtp_from: "Reclamo <no-reply@localhost>".to_owned(),
            evidence_max_mb: 10,
            evidence_max_files: 10,
        }
    }

    /// Whether users reach the server over https (cookies then get `Secure`).
    pub fn serves_https(&self) -> bool {
        self.public_url.as_deref().is_some_and(|u| u.starts_with("https://"))
    }

    /// The master key file in use.
    pub fn effective_master_key_file(&self) -> PathBuf {
        self.master_key_file.clone().unwrap_or_else(|| self.data_dir.join("master.key"))
    }

    /// The audit anchor file in use.
    pub fn effective_audit_anchor_file(&self) -> PathBuf {
        self.audit_anchor_file.clone().unwrap_or_else(|| self.data_dir.join("audit.anchors"))
    }

    /// The disposal log in use.
    pub fn effective_disposal_log_file(&self) -> PathBuf {
        self.disposal_log_file.clone().unwrap_or_else(|| self.data_dir.join("disposals.log"))
    }

    /// Whether the master key file sits in the same directory as the SQLite database (a copy of
    /// that one directory would then decrypt everything: fine for a laptop, not for production).
    pub fn master_key_beside_database(&self) -> bool {
        let url = self.effective_database_url();
        let Some(path) = url.strip_prefix("sqlite://") else { return false };
        let db_file = PathBuf::from(path.split('?').next().unwrap_or(path));
        db_file.parent() == self.effective_master_key_file().parent()
    }

    /// The database URL in use: `DATABASE_URL`, or the embedded SQLite file.
    pub fn effective_database_url(&self) -> String {
        match &self.database_url {
            Some(url) => url.clone(),
            None => format!("sqlite://{}?mode=rwc", self.data_dir.join("reclamo.db").display()),
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
        .and_then(|exe| exe.parent().and_then(|p| p.parent()).map(|p| p.join("site")))
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
        assert_eq!(redact_url("postgres://u:secret@h:5432/db"), "postgres://u@h:5432/db");
        assert_eq!(redact_url("postgres://h/db"), "postgres://h/db");
        assert_eq!(redact_url("sqlite://./data/reclamo.db?mode=rwc"), "sqlite://./data/reclamo.db?mode=rwc");
    }

    #[test]
    fn knows_when_the_master_key_sits_beside_the_database() {
        let mut s = Settings::defaults();
        assert!(s.master_key_beside_database(), "the embedded default keeps both in ./data");
        s.master_key_file = Some(PathBuf::from("/run/secrets/reclamo.key"));
        assert!(!s.master_key_beside_database());
        s.master_key_file = None;
        s.database_url = Some("postgres://db.internal/reclamo".into());
        assert!(!s.master_key_beside_database(), "the key is not beside a PostgreSQL database");
    }
}
