//! The sender: drains the outbox. Each message is leased by one sender at a time (PostgreSQL:
//! `FOR UPDATE SKIP LOCKED`, so several server processes share the work; SQLite has one writer),
//! delivered, then marked sent; a retryable failure comes back after a doubling back-off, a
//! permanent one (or the last try) is given up with a short code. Messages hold no words: the
//! text is made at send time from the template, in the worker's language, by the web layer's
//! words (`Words`). A text to a worker is sent only when the worker said texting is safe and the
//! number has not texted STOP; the number is read from the case's sealed contact and never kept
//! in the outbox.
//!
//! Delivery is at most once per message: a message is marked before its lease runs out, and a
//! stop (`run`'s signal) finishes what is in flight before leaving. A process killed in the
//! middle of a send leaves that one message leased; it is tried again when the lease ends
//! (the only way it could go twice), which the tests bound by stopping gracefully.

use crate::infra::crypto::MasterKey;
use crate::infra::db::Db;
use crate::infra::entities::{complaint, complaint_key, outbox};
use crate::infra::messaging::{SendError, Smtp, TwilioSms};
use crate::services::phone::{PhoneService, e164};
use chrono::{DateTime, Duration as ChronoDuration, Utc};
use futures_util::StreamExt;
use reclamo_shared::complaint::Contact;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbBackend, DbErr, EntityTrait, QueryFilter, Statement,
    sea_query::Expr,
};
use std::sync::Arc;
use std::time::Duration;

/// The words of a message: `(template, language, arguments) -> (subject, body)`.
pub type Words = Arc<dyn Fn(&str, &str, &[(&str, String)]) -> (String, String) + Send + Sync>;

/// How the sender works.
#[derive(Clone, Copy, Debug)]
pub struct SendPolicy {
    /// Messages leased at a time.
    pub batch: u64,
    /// How long a lease lasts.
    pub lease: Duration,
    /// Deliveries in flight at once.
    pub concurrency: usize,
    /// Tries before giving up.
    pub max_attempts: i32,
    /// First back-off (doubles per try, at most an hour).
    pub backoff: Duration,
}

impl Default for SendPolicy {
    fn default() -> Self {
        SendPolicy {
            batch: 100,
            lease: Duration::from_secs(120),
            concurrency: 16,
            max_attempts: 8,
            backoff: Duration::from_secs(30),
        }
    }
}

/// What one pass did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Drained {
    /// Delivered.
    pub sent: usize,
    /// Failed for now; tried again later.
    pub retry: usize,
    /// Given up (refused, not allowed, or the last try).
    pub failed: usize,
}

impl Drained {
    /// Messages handled in the pass.
    pub fn total(self) -> usize {
        self.sent + self.retry + self.failed
    }
}

enum Outcome {
    Sent,
    Retry(String),
    Failed(String),
}

/// How messages leave: the providers (a channel without one stays queued), the words, and the
/// public address the messages point to.
#[derive(Clone)]
pub struct Delivery {
    /// Twilio's REST API, for texts.
    pub sms: Option<TwilioSms>,
    /// An SMTP relay, for e-mail.
    pub mail: Option<Smtp>,
    /// The words of each template.
    pub words: Words,
    /// Reclamo's public base URL (links in messages).
    pub public_url: String,
}

/// The outbox sender.
#[derive(Clone)]
pub struct OutboxService {
    db: Db,
    master: Arc<MasterKey>,
    phone: PhoneService,
    sms: Option<TwilioSms>,
    mail: Option<Smtp>,
    words: Words,
    public_url: String,
    policy: SendPolicy,
}

/// A text to the worker of `complaint_id` (`status_changed`, `note_shared`), in the caller's
/// transaction. Whether it goes out is decided when it is sent (consent, STOP).
pub async fn queue_worker_text<C: ConnectionTrait>(db: &C, complaint_id: i64, template: &str) -> Result<(), DbErr> {
    outbox::Entity::insert(outbox::ActiveModel {
        channel: Set("sms".into()),
        recipient: Set("worker".into()),
        template: Set(template.to_owned()),
        complaint_id: Set(Some(complaint_id)),
        created_at: Set(Utc::now()),
        attempts: Set(0),
        ..Default::default()
    })
    .exec(db)
    .await?;
    Ok(())
}

impl OutboxService {
    /// A sender; a channel without its provider stays queued.
    pub fn new(
        db: Db,
        master: Arc<MasterKey>,
        phone: PhoneService,
        delivery: Delivery,
        policy: SendPolicy,
    ) -> OutboxService {
        let Delivery { sms, mail, words, public_url } = delivery;
        let public_url = public_url.trim_end_matches('/').to_owned();
        OutboxService { db, master, phone, sms, mail, words, public_url, policy }
    }

    /// The channels this sender can deliver.
    fn channels(&self) -> Vec<&'static str> {
        let mut out = vec![];
        if self.sms.is_some() {
            out.push("sms");
        }
        if self.mail.is_some() {
            out.push("email");
        }
        out
    }

    /// Leases up to a batch of due messages on configured channels.
    async fn lease(&self, now: DateTime<Utc>) -> Result<Vec<outbox::Model>, DbErr> {
        let channels = self.channels();
        if channels.is_empty() {
            return Ok(vec![]);
        }
        let backend = self.db.get_database_backend();
        let until = now + ChronoDuration::from_std(self.policy.lease).unwrap_or(ChronoDuration::seconds(120));
        let list = channels.iter().map(|c| format!("'{c}'")).collect::<Vec<_>>().join(",");
        let (p1, p2, p3) = if backend == DbBackend::Postgres { ("$1", "$2", "$3") } else { ("?", "?", "?") };
        let lock = if backend == DbBackend::Postgres { " FOR UPDATE SKIP LOCKED" } else { "" };
        let sql = format!(
            "UPDATE outbox SET lease_until = {p1}, attempts = attempts + 1 WHERE id IN (\
             SELECT id FROM outbox WHERE sent_at IS NULL AND failed_at IS NULL \
             AND (lease_until IS NULL OR lease_until < {p2}) \
             AND (next_attempt_at IS NULL OR next_attempt_at <= {p2b}) \
             AND channel IN ({list}) ORDER BY id LIMIT {p3}{lock}) RETURNING id",
            p2b = if backend == DbBackend::Postgres { "$2" } else { "?" },
        );
        let mut values: Vec<sea_orm::Value> = vec![until.into(), now.into()];
        if backend != DbBackend::Postgres {
            values.push(now.into());
        }
        values.push((self.policy.batch as i64).into());
        let rows = self.db.query_all_raw(Statement::from_sql_and_values(backend, sql, values)).await?;
        let ids: Vec<i64> = rows.iter().filter_map(|r| r.try_get::<i64>("", "id").ok()).collect();
        if ids.is_empty() {
            return Ok(vec![]);
        }
        outbox::Entity::find().filter(outbox::Column::Id.is_in(ids)).all(&self.db).await
    }

    /// One pass: lease a batch and deliver it.
    pub async fn drain_once(&self, now: DateTime<Utc>) -> Result<Drained, DbErr> {
        let rows = self.lease(now).await?;
        let outcomes: Vec<Result<Outcome, DbErr>> = futures_util::stream::iter(rows)
            .map(|row| async move {
                let outcome = self.deliver(&row).await;
                self.record(&row, &outcome, now).await?;
                Ok(outcome)
            })
            .buffer_unordered(self.policy.concurrency.max(1))
            .collect()
            .await;
        let mut d = Drained::default();
        for o in outcomes {
            match o? {
                Outcome::Sent => d.sent += 1,
                Outcome::Retry(_) => d.retry += 1,
                Outcome::Failed(_) => d.failed += 1,
            }
        }
        Ok(d)
    }

    /// Writes what happened to a message.
    async fn record(&self, row: &outbox::Model, outcome: &Outcome, now: DateTime<Utc>) -> Result<(), DbErr> {
        let mut update = outbox::Entity::update_many()
            .filter(outbox::Column::Id.eq(row.id))
            .col_expr(outbox::Column::LeaseUntil, Expr::value(Option::<DateTime<Utc>>::None));
        update = match outcome {
            Outcome::Sent => update
                .col_expr(outbox::Column::SentAt, Expr::value(Utc::now()))
                .col_expr(outbox::Column::LastError, Expr::value(Option::<String>::None)),
            Outcome::Retry(code) if row.attempts < self.policy.max_attempts => {
                let doublings = u32::try_from(row.attempts.clamp(1, 8) - 1).unwrap_or(0);
                let wait = (self.policy.backoff * 2u32.pow(doublings)).min(Duration::from_secs(3600));
                let next = now + ChronoDuration::from_std(wait).unwrap_or(ChronoDuration::hours(1));
                update
                    .col_expr(outbox::Column::NextAttemptAt, Expr::value(next))
                    .col_expr(outbox::Column::LastError, Expr::value(code.clone()))
            }
            Outcome::Retry(code) | Outcome::Failed(code) => update
                .col_expr(outbox::Column::FailedAt, Expr::value(Utc::now()))
                .col_expr(outbox::Column::LastError, Expr::value(code.clone())),
        };
        update.exec(&self.db).await?;
        Ok(())
    }

    async fn deliver(&self, row: &outbox::Model) -> Outcome {
        let result = match (row.channel.as_str(), row.recipient.as_str()) {
            ("sms", "worker") => self.text_worker(row).await,
            ("email", to) => self.mail_staff(row, to).await,
            _ => Err(SendError::Permanent("unknown_channel".into())),
        };
        match result {
            Ok(()) => Outcome::Sent,
            Err(SendError::Retryable(code)) => Outcome::Retry(code),
            Err(SendError::Permanent(code)) => Outcome::Failed(code),
        }
    }

    async fn mail_staff(&self, row: &outbox::Model, to: &str) -> Result<(), SendError> {
        let Some(mail) = &self.mail else { return Err(SendError::Retryable("off".into())) };
        let case = row.complaint_id.unwrap_or(0);
        let args = [("case", format!("D-{case:06}")), ("url", format!("{}/staff/cases/{case}", self.public_url))];
        let (subject, body) = (self.words)(&row.template, "en", &args);
        mail.send(to, &subject, &body, &format!("<outbox-{}@reclamo>", row.id)).await
    }

    async fn text_worker(&self, row: &outbox::Model) -> Result<(), SendError> {
        let Some(sms) = &self.sms else { return Err(SendError::Retryable("off".into())) };
        let db_err = |_| SendError::Retryable("db".into());
        let id = row.complaint_id.ok_or(SendError::Permanent("no_case".into()))?;
        let case = complaint::Entity::find_by_id(id).one(&self.db).await.map_err(db_err)?;
        let case = case.ok_or(SendError::Permanent("no_case".into()))?;
        let key = complaint_key::Entity::find_by_id(id).one(&self.db).await.map_err(db_err)?;
        let key = key.ok_or(SendError::Permanent("disposed".into()))?;
        let dk = self
            .master
            .unwrap_key(&key.key_id, &case.tracking_code, &key.wrapped_key)
            .map_err(|_| SendError::Permanent("key".into()))?;
        let contact: Option<Contact> = case
            .contact_ct
            .as_ref()
            .and_then(|ct| dk.open(&case.tracking_code, "contact", ct).ok())
            .and_then(|json| serde_json::from_slice(&json).ok());
        let phone = contact
            .filter(|c| c.sms_ok && !case.anonymous)
            .and_then(|c| c.phone)
            .ok_or(SendError::Permanent("not_allowed".into()))?;
        if self.phone.opted_out(&phone).await.map_err(db_err)? {
            return Err(SendError::Permanent("opted_out".into()));
        }
        let args = [("status", case.status.clone()), ("url", format!("{}/status", self.public_url))];
        let (_, body) = (self.words)(&row.template, &case.language, &args);
        match sms.send(&e164(&phone), &body).await {
            Ok(_) => Ok(()),
            // 21610: the number replied STOP to the provider: remember it here too.
            Err(SendError::Permanent(code)) if code.ends_with("_21610") => {
                self.phone.opt_out(&phone).await.map_err(db_err)?;
                Err(SendError::Permanent("opted_out".into()))
            }
            Err(e) => Err(e),
        }
    }

    /// Drains until `stop` turns true, then finishes the pass in flight and returns. Without a
    /// provider configured it says so once (no personal data) and leaves messages queued.
    pub async fn run(self, mut stop: tokio::sync::watch::Receiver<bool>) {
        if self.channels().is_empty() {
            tracing::info!("outbox sender off: no SMS or SMTP configured; messages stay queued");
            let _ = stop.wait_for(|s| *s).await;
            return;
        }
        loop {
            if *stop.borrow() {
                return;
            }
            let idle = match self.drain_once(Utc::now()).await {
                Ok(d) if d.total() > 0 => {
                    tracing::info!(sent = d.sent, retry = d.retry, failed = d.failed, "outbox pass");
                    false
                }
                Ok(_) => true,
                Err(e) => {
                    tracing::error!(error = %e, "outbox pass failed");
                    true
                }
            };
            if idle {
                tokio::select! {
                    _ = stop.wait_for(|s| *s) => return,
                    () = tokio::time::sleep(Duration::from_secs(2)) => {}
                }
            }
        }
    }
}
