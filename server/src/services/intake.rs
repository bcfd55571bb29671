//! `IntakeService`: the one path every complaint takes, whatever door it came through
//! (web form, JSON API, and later phone, SMS, advocates and Open311).
//!
//! Each door describes who is at it in a [`Door`] and calls [`IntakeService::file`] (a complaint)
//! or [`IntakeService::check`] (a status check or a receipt). Those two entries alone apply the
//! rate limits and who is exempt from them, credit an advocate's organisation, check the language
//! and parse against today's date, so every door behaves alike. Personal fields are sealed with the
//! complaint's own data key before they reach the database, and everything is written in one
//! transaction.

use crate::infra::crypto::{CryptoError, DataKey, MasterKey, hmac_sha256};
use crate::infra::db::Db;
use crate::infra::entities::{
    case_note, complaint, complaint_event, complaint_key, complaint_term, complaint_violation,
};
use crate::infra::password::{HashError, dummy_hash, hash_secret, verify_secret};
use crate::infra::ratelimit::{RateLimiter, client_key};
use crate::services::auth::{Actor, Role};
use crate::services::cases::rules;
use crate::services::proof::VerifiedCase;
use chrono::{DateTime, Utc};
use rand::{Rng, rngs::OsRng};
use reclamo_shared::codes::{ACCESS_CODE_LEN, AccessCode, TrackingCode};
use reclamo_shared::complaint::{CaseStatus, Channel, ComplaintInput, ErrorCode, FieldErrors, NewComplaint, Violation};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveValue::Set, ColumnTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, SqlErr, TransactionTrait};
use std::net::IpAddr;
use std::sync::Arc;
use std::time::Duration;

/// What went wrong while filing or looking up a complaint. Never shown to users verbatim.
#[derive(Debug, thiserror::Error)]
pub enum IntakeError {
    /// The idempotency key was already used for a different complaint.
    #[error("idempotency key reused with different content")]
    IdempotencyConflict,
    /// Too many tries from this address (or for this tracking code): try again after this long.
    #[error("rate limited")]
    RateLimited(Duration),
    /// The complaint (or the tracking code typed) does not parse: per-field error codes.
    #[error("invalid input")]
    Invalid(FieldErrors),
    /// No complaint with these codes (an unknown tracking code and a wrong access code look alike).
    #[error("not found")]
    NotFound,
    /// Database failure.
    #[error("database: {0}")]
    Db(#[from] DbErr),
    /// Encryption failure.
    #[error("crypto: {0}")]
    Crypto(#[from] CryptoError),
    /// Anything else (a blocking task failed, a hash could not be computed).
    #[error("internal: {0}")]
    Internal(String),
}

impl From<HashError> for IntakeError {
    fn from(e: HashError) -> IntakeError {
        IntakeError::Internal(e.to_string())
    }
}

impl crate::infra::db::MaybeBusy for IntakeError {
    fn is_busy(&self) -> bool {
        matches!(self, IntakeError::Db(e) if crate::infra::db::is_busy(e))
    }
}

/// A client-chosen key that makes retries of one submission land once.
#[derive(Clone, Debug)]
pub struct Idempotency {
    /// The key as sent (a form instance id, or the `Idempotency-Key` header).
    pub key: String,
    /// A hash of the submitted content; the same key with other content is refused.
    pub fingerprint: String,
}

/// The intake's rate limits: one policy for every door (README.md, "Rate limits").
pub struct Limits {
    /// Complaints per client address per hour.
    pub intake_per_ip: RateLimiter,
    /// Status checks and receipts per client address per hour.
    pub status_per_ip: RateLimiter,
    /// Status checks and receipts per tracking code and address per hour, counted for signed-in
    /// staff too (a 15-digit access code is not guessed at this rate).
    pub status_per_code: RateLimiter,
}

impl Limits {
    /// Limits of `intake` complaints and `status` checks per hour (0 = off).
    pub fn new(intake: u32, status: u32) -> Limits {
        Limits {
            intake_per_ip: RateLimiter::new(intake),
            status_per_ip: RateLimiter::new(status),
            status_per_code: RateLimiter::new(status),
        }
    }
}

/// Who is at the door. Every way in builds one; the intake entries decide from it alone.
#[derive(Clone, Debug)]
pub struct Door {
    /// The way in (`web`, `api`, later `phone`, `sms`, `call-taker`, `open311`).
    pub channel: Channel,
    /// The signed-in staff member or advocate, if any.
    pub actor: Option<Actor>,
    /// Who is counted for the rate limits: the client's address (the peer, or the client behind a
    /// trusted proxy), or on the phone doors the caller's number (as a keyed hash).
    pub client: Client,
    /// Makes retries of one submission land once.
    pub idempotency: Option<Idempotency>,
}

/// Who a door counts for its rate limits.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Client {
    /// An address on the internet (IPv6 counted per /64).
    Address(IpAddr),
    /// A phone number, as the phone door's keyed hash of it (never the number itself).
    Phone(String),
}

impl Client {
    /// The key the rate limiters count under.
    pub fn key(&self) -> String {
        match self {
            Client::Address(ip) => client_key(*ip),
            Client::Phone(hash) => format!("tel:{hash}"),
        }
    }
}

impl From<IpAddr> for Client {
    fn from(ip: IpAddr) -> Client {
        Client::Address(ip)
    }
}

impl Door {
    /// A door with nobody signed in and no idempotency key.
    pub fn public(channel: Channel, client: impl Into<Client>) -> Door {
        Door { channel, actor: None, client: client.into(), idempotency: None }
    }

    /// The signed-in person, if they may act (two-factor set-up done).
    fn acting(&self) -> Option<&Actor> {
        self.actor.as_ref().filter(|a| a.may_act())
    }

    /// Staff and advocates are not held to the per-address limits: a call center or a worker
    /// center files for many people from one address.
    fn exempt(&self) -> bool {
        self.acting().is_some()
    }

    /// Who is credited with the complaint: an advocate's organisation, whatever the door.
    fn filer(&self) -> Option<Filer> {
        self.acting().map(|a| Filer {
            user_id: a.user_id,
            organisation_id: a.organisation_id,
            advocate: a.role == Role::Advocate,
        })
    }

    /// The channel recorded: an advocate's complaint is an advocate complaint on any door.
    fn recorded_channel(&self) -> Channel {
        if self.filer().is_some_and(|f| f.advocate) { Channel::Advocate } else { self.channel }
    }
}

/// Who filed, when a signed-in staff member or advocate did (`None`: the worker, anonymously to
/// the system).
#[derive(Clone, Copy, Debug, Default)]
pub struct Filer {
    /// The staff or advocate user.
    pub user_id: i64,
    /// The advocate's organisation: its advocates may then follow the case.
    pub organisation_id: Option<i64>,
    /// Filed by an advocate on the worker's behalf (with consent).
    pub advocate: bool,
}

/// What the filer gets back.
#[derive(Clone, Debug)]
pub struct Receipt {
    /// Public name of the complaint.
    pub tracking_code: TrackingCode,
    /// The secret to check status (shown once; only its hash is stored).
    pub access_code: AccessCode,
    /// Current status.
    pub status: CaseStatus,
    /// When it was filed.
    pub filed_at: DateTime<Utc>,
    /// The filer's language.
    pub language: String,
    /// What was reported.
    pub violations: Vec<Violation>,
    /// Whether this answered a retry of an earlier submission.
    pub replayed: bool,
}

/// One line of the worker-visible timeline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimelineEntry {
    /// When.
    pub at: DateTime<Utc>,
    /// Event kind (`filed`, `status_changed`).
    pub kind: String,
    /// New status, for status changes.
    pub status: Option<CaseStatus>,
    /// The text of a note staff marked visible to the worker (kind `note`).
    pub note: Option<String>,
}

/// What a worker sees on `/status`.
#[derive(Clone, Debug)]
pub struct StatusView {
    /// Tracking code.
    pub tracking_code: TrackingCode,
    /// Current status.
    pub status: CaseStatus,
    /// Filer's language.
    pub language: String,
    /// What was reported.
    pub violations: Vec<Violation>,
    /// When it was filed.
    pub filed_at: DateTime<Utc>,
    /// Worker-visible events, oldest first.
    pub timeline: Vec<TimelineEntry>,
}

/// How long an idempotency key (API `Idempotency-Key`, or the web form's id) answers a retry.
pub const IDEMPOTENCY_HOURS: i64 = 24;

/// The intake service.
#[derive(Clone)]
pub struct IntakeService {
    db: Db,
    master: Arc<MasterKey>,
    blind_key: [u8; 32],
    limits: Arc<Limits>,
    language_supported: fn(&str) -> bool,
}

fn random_digit() -> u8 {
    OsRng.gen_range(0..10)
}

impl IntakeService {
    /// A service over this database and master key, with no rate limits and every language
    /// accepted (the CLI and benchmarks; the server sets both with [`IntakeService::with_policy`]).
    pub fn new(db: Db, master: Arc<MasterKey>) -> IntakeService {
        let blind_key = master.subkey(crate::services::cases::BLIND_INDEX_PURPOSE);
        IntakeService { db, master, blind_key, limits: Arc::new(Limits::new(0, 0)), language_supported: |_| true }
    }

    /// The doors' policy: rate limits, and which languages a complaint may be filed in.
    pub fn with_policy(mut self, limits: Limits, language_supported: fn(&str) -> bool) -> IntakeService {
        self.limits = Arc::new(limits);
        self.language_supported = language_supported;
        self
    }

    /// **The one entry for filing**, whatever the door: applies the per-address limit (staff and
    /// advocates exempt), parses the complaint against today's date and the supported languages,
    /// credits the filer and records the channel, then files it.
    #[tracing::instrument(skip_all, fields(channel = door.channel.code()))]
    pub async fn file(&self, door: Door, input: ComplaintInput) -> Result<Receipt, IntakeError> {
        if !door.exempt() {
            self.limits.intake_per_ip.check(&door.client.key()).map_err(IntakeError::RateLimited)?;
        }
        let complaint = input.parse(self.language_supported, Utc::now().date_naive()).map_err(IntakeError::Invalid)?;
        // Who sent it, for batching notices of flagged complaints (staff and advocates are not batched
        // by address: an office files for many workers).
        let sender = (!door.exempt()).then(|| door.client.key());
        self.submit_from(complaint, door.recorded_channel(), door.idempotency.clone(), door.filer(), sender).await
    }

    /// **The one entry for status checks and receipts**, whatever the door: the per-address limit
    /// (staff exempt), the per-tracking-code limit (everyone), then the codes. A malformed
    /// tracking code is `Invalid` (field `tracking_code`); an unknown code and a wrong access code
    /// are both `NotFound` after the same work.
    #[tracing::instrument(skip_all, fields(channel = door.channel.code()))]
    pub async fn check(
        &self,
        door: &Door,
        tracking: &str,
        access: &str,
    ) -> Result<(StatusView, AccessCode), IntakeError> {
        if !door.exempt() {
            self.limits.status_per_ip.check(&door.client.key()).map_err(IntakeError::RateLimited)?;
        }
        let tracking = TrackingCode::parse(tracking).map_err(|_| {
            let code = if tracking.trim().is_empty() { ErrorCode::Required } else { ErrorCode::InvalidCode };
            IntakeError::Invalid(FieldErrors::from([("tracking_code".to_owned(), vec![(code, None)])]))
        })?;
        // Per code *and* address: someone who knows a tracking code cannot lock its worker out by
        // failing from their own address.
        let code_key = format!("{}@{}", tracking.as_str(), door.client.key());
        self.limits.status_per_code.check(&code_key).map_err(IntakeError::RateLimited)?;
        let access = AccessCode::parse(access).map_err(|_| IntakeError::NotFound)?;
        let view = self.status(&tracking, &access).await?.ok_or(IntakeError::NotFound)?;
        Ok((view, access))
    }

    /// Like [`IntakeService::check`], with the proof that the codes matched.
    pub async fn verify(
        &self,
        door: &Door,
        tracking: &str,
        access: &str,
    ) -> Result<(StatusView, VerifiedCase), IntakeError> {
        let (view, _) = self.check(door, tracking, access).await?;
        let proof = VerifiedCase::vouch(view.tracking_code.clone());
        Ok((view, proof))
    }

    /// The stored form of a submission's fingerprint: keyed, so the column reveals nothing of the
    /// body it was made from (a hash of a name and a phone number could be guessed).
    fn fingerprint_hash(&self, fingerprint: &str) -> String {
        hex::encode(hmac_sha256(&self.master.subkey("idempotency-fingerprint"), fingerprint.as_bytes()))
    }

    /// The hourly expiry of idempotency records: a key answers retries for
    /// [`IDEMPOTENCY_HOURS`]; after that its keyed hashes are removed from the complaint (a later
    /// request with the same key files anew). Returns how many complaints were cleared.
    pub async fn expire_idempotency(&self, now: DateTime<Utc>) -> Result<u64, DbErr> {
        Ok(complaint::Entity::update_many()
            .col_expr(complaint::Column::IdempotencyKey, Expr::value(Option::<String>::None))
            .col_expr(complaint::Column::IdempotencyFingerprint, Expr::value(Option::<String>::None))
            .filter(complaint::Column::IdempotencyKey.is_not_null())
            .filter(complaint::Column::CreatedAt.lt(now - chrono::Duration::hours(IDEMPOTENCY_HOURS)))
            .exec(&self.db)
            .await?
            .rows_affected)
    }

    fn idempotency_hash(&self, key: &str) -> String {
        hex::encode(hmac_sha256(&self.master.subkey("idempotency-key"), key.as_bytes()))
    }

    /// The access code for a submission with an idempotency key is derived from it, so a retry
    /// whose first answer was lost (flaky network) can show the worker the same codes again
    /// without the server ever storing the access code.
    fn derived_access_code(&self, key_hash: &str) -> AccessCode {
        let mac = hmac_sha256(&self.master.subkey("access-code"), key_hash.as_bytes());
        let mut n = u128::from_be_bytes(mac[..16].try_into().unwrap_or([0; 16]));
        let mut digits = Vec::with_capacity(ACCESS_CODE_LEN);
        for _ in 0..ACCESS_CODE_LEN {
            digits.push((n % 10) as u8);
            n /= 10;
        }
        let mut it = digits.into_iter();
        AccessCode::generate(|| it.next().unwrap_or(0))
    }

    /// Files a parsed complaint, below every door's policy (no limits, no crediting): for
    /// [`IntakeService::file`], the demo data and the benchmarks. With an idempotency key, a retry
    /// returns the first receipt.
    #[tracing::instrument(skip_all, fields(channel = channel.code()))]
    pub async fn submit(
        &self,
        complaint: NewComplaint,
        channel: Channel,
        idempotency: Option<Idempotency>,
        filer: Option<Filer>,
    ) -> Result<Receipt, IntakeError> {
        self.submit_from(complaint, channel, idempotency, filer, None).await
    }

    /// [`IntakeService::submit`], naming the sender (a client key) for batching notices.
    async fn submit_from(
        &self,
        complaint: NewComplaint,
        channel: Channel,
        idempotency: Option<Idempotency>,
        filer: Option<Filer>,
        sender: Option<String>,
    ) -> Result<Receipt, IntakeError> {
        let key_hash = idempotency.as_ref().map(|i| self.idempotency_hash(&i.key));
        if let (Some(kh), Some(idem)) = (&key_hash, &idempotency)
            && let Some(receipt) = self.replay(kh, &idem.fingerprint).await?
        {
            return Ok(receipt);
        }
        let access_code = match &key_hash {
            Some(kh) => self.derived_access_code(kh),
            None => AccessCode::generate(random_digit),
        };
        let access_hash = hash_secret(access_code.as_str().to_owned()).await?;
        let now = Utc::now();
        let mut last_err = None;
        // A tracking-code collision (1 in 10^9 per pair) is retried with a fresh code.
        for _ in 0..3 {
            let tracking = TrackingCode::generate(random_digit);
            match self
                .insert(
                    &complaint,
                    channel,
                    &tracking,
                    &access_hash,
                    key_hash.as_deref(),
                    idempotency.as_ref(),
                    now,
                    filer,
                    sender.as_deref(),
                )
                .await
            {
                Ok(()) => {
                    tracing::info!("complaint filed");
                    return Ok(Receipt {
                        tracking_code: tracking,
                        access_code,
                        status: CaseStatus::Received,
                        filed_at: now,
                        language: complaint.language.clone(),
                        violations: complaint.violations.clone(),
                        replayed: false,
                    });
                }
                Err(DbErrKind::Unique(e)) => {
                    // Either the tracking code collided, or a concurrent retry won the race on
                    // the idempotency key: answer that one.
                    if let (Some(kh), Some(idem)) = (&key_hash, &idempotency)
                        && let Some(receipt) = self.replay(kh, &idem.fingerprint).await?
                    {
                        return Ok(receipt);
                    }
                    last_err = Some(e);
                }
                Err(DbErrKind::Other(e)) => return Err(e),
            }
        }
        Err(last_err.map(IntakeError::Db).unwrap_or_else(|| IntakeError::Internal("no tracking code".into())))
    }

    async fn replay(&self, key_hash: &str, fingerprint: &str) -> Result<Option<Receipt>, IntakeError> {
        let Some(row) =
            complaint::Entity::find().filter(complaint::Column::IdempotencyKey.eq(key_hash)).one(&self.db).await?
        else {
            return Ok(None);
        };
        // Stored keyed (and compared keyed); rows from before the fingerprint was keyed compare as sent.
        let keyed = self.fingerprint_hash(fingerprint);
        if row.idempotency_fingerprint.as_deref() != Some(keyed.as_str())
            && row.idempotency_fingerprint.as_deref() != Some(fingerprint)
        {
            return Err(IntakeError::IdempotencyConflict);
        }
        let tracking = TrackingCode::parse(&row.tracking_code).map_err(|e| IntakeError::Internal(format!("{e:?}")))?;
        Ok(Some(Receipt {
            tracking_code: tracking,
            access_code: self.derived_access_code(key_hash),
            status: CaseStatus::from_code(&row.status).unwrap_or(CaseStatus::Received),
            filed_at: row.created_at,
            language: row.language.clone(),
            violations: self.violations_of(row.id).await?,
            replayed: true,
        }))
    }

    async fn violations_of(&self, id: i64) -> Result<Vec<Violation>, DbErr> {
        Ok(complaint_violation::Entity::find()
            .filter(complaint_violation::Column::ComplaintId.eq(id))
            .all(&self.db)
            .await?
            .into_iter()
            .filter_map(|v| Violation::from_code(&v.code))
            .collect())
    }

    #[allow(clippy::too_many_arguments)]
    async fn insert(
        &self,
        c: &NewComplaint,
        channel: Channel,
        tracking: &TrackingCode,
        access_hash: &str,
        key_hash: Option<&str>,
        idem: Option<&Idempotency>,
        now: DateTime<Utc>,
        filer: Option<Filer>,
        sender: Option<&str>,
    ) -> Result<(), DbErrKind> {
        let case = tracking.as_str();
        let dk = DataKey::generate();
        let has_contact = c.contact.name.is_some()
            || c.contact.phone.is_some()
            || c.contact.email.is_some()
            || c.contact.safe_times.is_some();
        let contact_ct = (!c.anonymous && has_contact)
            .then(|| serde_json::to_vec(&c.contact).map(|json| dk.seal(case, "contact", &json)))
            .transpose()
            .map_err(|e| DbErrKind::Other(IntakeError::Internal(e.to_string())))?;
        let narrative_ct = c.narrative.as_ref().map(|n| dk.seal(case, "narrative", n.as_bytes()));
        let screening = rules::screen_complaint(c);
        let facts = crate::services::cases::facts::Facts {
            answers: c.retaliation,
            kinds: screening.kinds.iter().map(|k| k.code().to_owned()).collect(),
            supervisor: c.employer_supervisor.clone(),
            job_role: c.job_role.clone(),
        };
        let screening_ct = match serde_json::to_vec(&screening.signals) {
            Ok(json) if screening.flagged => Some(dk.seal(case, "screening", &json)),
            _ => None,
        };
        let first_contact_due =
            if screening.flagged { rules::first_contact_due(&screening.kinds, now.date_naive()) } else { None };
        let details_ct = c.retaliation_details.as_ref().map(|n| dk.seal(case, "retaliation_details", n.as_bytes()));
        let code = |o: Option<&'static str>| o.map(str::to_owned);
        let priority = rules::priority_for(&screening.kinds.iter().map(|k| k.code()).collect::<Vec<_>>(), &[]);
        let row = complaint::ActiveModel {
            tracking_code: Set(case.to_owned()),
            access_code_hash: Set(access_hash.to_owned()),
            idempotency_key: Set(key_hash.map(str::to_owned)),
            idempotency_fingerprint: Set(idem.map(|i| self.fingerprint_hash(&i.fingerprint))),
            status: Set(CaseStatus::Received.code().to_owned()),
            priority: Set(priority.to_owned()),
            retaliation_flagged: Set(screening.flagged),
            facts_ct: Set(Some(facts.seal(&dk, case))),
            screening_ct: Set(screening_ct),
            first_contact_due: Set(first_contact_due),
            language: Set(c.language.clone()),
            channel: Set(channel.code().to_owned()),
            filed_by: Set(if filer.is_some_and(|f| f.advocate) { "advocate" } else { "worker" }.to_owned()),
            organisation_id: Set(filer.and_then(|f| f.organisation_id)),
            filed_by_user_id: Set(filer.map(|f| f.user_id)),
            anonymous: Set(c.anonymous),
            employer_name: Set(c.employer_name.clone()),
            employer_address: Set(c.employer_address.clone()),
            employer_phone: Set(c.employer_phone.clone()),
            employer_industry: Set(code(c.employer_industry.map(|x| x.code()))),
            staffing_agency: Set(code(c.staffing_agency.map(|x| x.code()))),
            agency_name: Set(c.agency_name.clone()),
            job_start: Set(c.job_start),
            job_end: Set(c.job_end),
            still_employed: Set(code(c.still_employed.map(|x| x.code()))),
            pay_rate_cents: Set(c.pay_rate.map(|x| x.0)),
            pay_basis: Set(code(c.pay_basis.map(|x| x.code()))),
            pay_frequency: Set(code(c.pay_frequency.map(|x| x.code()))),
            usual_hours: Set(c.usual_hours.map(|h| h as i32)),
            paid_cash: Set(code(c.paid_cash.map(|x| x.code()))),
            period_start: Set(c.period_start),
            period_end: Set(c.period_end),
            estimated_owed_cents: Set(c.estimated_owed.map(|x| x.0)),
            coworkers_affected: Set(c.coworkers_affected.map(|n| n as i32)),
            contact_ct: Set(contact_ct),
            narrative_ct: Set(narrative_ct),
            retaliation_details_ct: Set(details_ct),
            created_at: Set(now),
            updated_at: Set(now),
            sort_key: Set(crate::services::cases::queue::sort_key(
                CaseStatus::Received.code(),
                priority,
                first_contact_due,
                now,
                case,
            )),
            ..Default::default()
        };
        let flagged = screening.flagged;
        let mut texts: Vec<&str> = vec![];
        texts.extend(c.narrative.as_deref());
        texts.extend(c.retaliation_details.as_deref());
        let terms = crate::services::cases::blind::index_terms(&self.blind_key, &texts);
        let employer_name = c.employer_name.clone();
        let employer_address = c.employer_address.clone();
        let (key_id, wrapped) = self.master.wrap(case, &dk);
        let violations = c.violations.clone();
        // Keys of the hourly batch of notices: the employer record (known inside the transaction)
        // and the sender, as keyed hashes.
        let batch_key = self.master.subkey("notification-batch");
        let batch = move |what: &str| hex::encode(hmac_sha256(&batch_key, what.as_bytes()));
        let sender_key = sender.map(|s| batch(&format!("sender:{s}")));
        let result = self
            .db
            .transaction::<_, (), DbErr>(|txn| {
                Box::pin(async move {
                    let mut row = row;
                    let row_employer = crate::services::cases::employers::find_or_create(
                        txn,
                        &employer_name,
                        employer_address.as_deref(),
                        now,
                    )
                    .await?;
                    row.employer_id = Set(row_employer);
                    let inserted = complaint::Entity::insert(row).exec(txn).await?;
                    let id = inserted.last_insert_id;
                    if !terms.is_empty() {
                        complaint_term::Entity::insert_many(
                            terms.iter().map(|&t| complaint_term::ActiveModel { term: Set(t), complaint_id: Set(id) }),
                        )
                        .exec(txn)
                        .await?;
                    }
                    if flagged {
                        let employer_id = row_employer;
                        let mut keys: Vec<String> = sender_key.into_iter().collect();
                        keys.extend(employer_id.map(|e| batch(&format!("employer:{e}"))));
                        crate::services::cases::batching::notify_flagged(txn, id, &keys, now).await?;
                    }
                    complaint_key::Entity::insert(complaint_key::ActiveModel {
                        complaint_id: Set(id),
                        key_id: Set(key_id),
                        wrapped_key: Set(wrapped),
                    })
                    .exec(txn)
                    .await?;
                    if !violations.is_empty() {
                        complaint_violation::Entity::insert_many(violations.iter().map(|v| {
                            complaint_violation::ActiveModel { complaint_id: Set(id), code: Set(v.code().to_owned()) }
                        }))
                        .exec(txn)
                        .await?;
                    }
                    complaint_event::Entity::insert(complaint_event::ActiveModel {
                        complaint_id: Set(id),
                        at: Set(now),
                        kind: Set("filed".to_owned()),
                        status: Set(Some(CaseStatus::Received.code().to_owned())),
                        visible_to_worker: Set(true),
                        ..Default::default()
                    })
                    .exec(txn)
                    .await?;
                    Ok(())
                })
            })
            .await;
        match result {
            Ok(()) => Ok(()),
            Err(sea_orm::TransactionError::Connection(e)) | Err(sea_orm::TransactionError::Transaction(e)) => {
                if matches!(e.sql_err(), Some(SqlErr::UniqueConstraintViolation(_))) {
                    Err(DbErrKind::Unique(e))
                } else {
                    Err(DbErrKind::Other(IntakeError::Db(e)))
                }
            }
        }
    }

    /// The worker's view of a complaint, if the access code matches. Unknown tracking codes and
    /// wrong access codes give the same answer (`None`) after the same work.
    #[tracing::instrument(skip_all)]
    pub async fn status(
        &self,
        tracking: &TrackingCode,
        access: &AccessCode,
    ) -> Result<Option<StatusView>, IntakeError> {
        let row = complaint::Entity::find()
            .filter(complaint::Column::TrackingCode.eq(tracking.as_str()))
            .one(&self.db)
            .await?;
        let hash = row.as_ref().map(|r| r.access_code_hash.clone()).unwrap_or_else(dummy_hash);
        let ok = verify_secret(access.as_str().to_owned(), hash).await;
        let Some(row) = row.filter(|_| ok) else {
            return Ok(None);
        };
        let mut timeline: Vec<TimelineEntry> = complaint_event::Entity::find()
            .filter(complaint_event::Column::ComplaintId.eq(row.id))
            .filter(complaint_event::Column::VisibleToWorker.eq(true))
            .order_by_asc(complaint_event::Column::At)
            .order_by_asc(complaint_event::Column::Id)
            .all(&self.db)
            .await?
            .into_iter()
            .map(|e| TimelineEntry {
                at: e.at,
                kind: e.kind,
                status: e.status.as_deref().and_then(CaseStatus::from_code),
                note: None,
            })
            .collect();
        // Notes staff marked visible to the worker (never internal ones), opened with the case key.
        if let Some(k) = complaint_key::Entity::find_by_id(row.id).one(&self.db).await? {
            let dk = self.master.unwrap_key(&k.key_id, &row.tracking_code, &k.wrapped_key)?;
            let notes = case_note::Entity::find()
                .filter(case_note::Column::ComplaintId.eq(row.id))
                .filter(case_note::Column::VisibleToWorker.eq(true))
                .order_by_asc(case_note::Column::Id)
                .all(&self.db)
                .await?;
            for n in notes {
                let body = dk.open(&row.tracking_code, "note", &n.body_ct)?;
                timeline.push(TimelineEntry {
                    at: n.at,
                    kind: "note".into(),
                    status: None,
                    note: Some(String::from_utf8_lossy(&body).into_owned()),
                });
            }
            timeline.sort_by_key(|e| e.at);
        }
        Ok(Some(StatusView {
            tracking_code: tracking.clone(),
            status: CaseStatus::from_code(&row.status).unwrap_or(CaseStatus::Received),
            language: row.language.clone(),
            violations: self.violations_of(row.id).await?,
            filed_at: row.created_at,
            timeline,
        }))
    }
}

enum DbErrKind {
    Unique(DbErr),
    Other(IntakeError),
}
