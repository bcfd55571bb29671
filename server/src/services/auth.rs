//! Staff sign-in: argon2id passwords, database sessions, throttling, and the `Actor` every
//! service method that touches a case is given. Workers never sign in.

use crate::infra::audit::{self, Entry};
use crate::infra::db::Db;
use crate::infra::entities::{login_failure, organisation, recovery_code, staff_session, staff_user};
use crate::infra::password::{dummy_hash, hash_secret, verify_secret};
use chrono::{DateTime, Duration, Utc};
use rand::{RngCore, rngs::OsRng};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, SqlErr};
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::sync::{Arc, Mutex};

/// What a staff member may do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Works the cases assigned to them and the unassigned queue.
    Investigator,
    /// Sees every queue, approves determinations and disposal.
    Supervisor,
    /// Files and follows the cases of their organisation.
    Advocate,
    /// Manages users, organisations and settings.
    Admin,
}

impl Role {
    /// Every role.
    pub const ALL: [Role; 4] = [Role::Investigator, Role::Supervisor, Role::Advocate, Role::Admin];

    /// Stable code.
    pub fn code(self) -> &'static str {
        match self {
            Role::Investigator => "investigator",
            Role::Supervisor => "supervisor",
            Role::Advocate => "advocate",
            Role::Admin => "admin",
        }
    }

    /// From a code.
    pub fn from_code(code: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.code() == code)
    }
}

/// The signed-in person behind a request.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Actor {
    /// User id.
    pub user_id: i64,
    /// Work email.
    pub email: String,
    /// Role.
    pub role: Role,
    /// Organisation id (advocates).
    pub organisation_id: Option<i64>,
    /// Organisation name (advocates).
    pub organisation: Option<String>,
    /// Two-factor sign-in is on for this account.
    pub two_factor_enabled: bool,
    /// The role requires two-factor sign-in and it is not set up yet: until it is, the account
    /// may only enrol.
    pub two_factor_pending: bool,
}

impl Actor {
    /// Whether the account may act (not held back by a missing required second factor).
    pub fn may_act(&self) -> bool {
        !self.two_factor_pending
    }
}

/// Time source, injectable so expiry can be tested without waiting.
pub trait Clock: Send + Sync {
    /// Now.
    fn now(&self) -> DateTime<Utc>;
}

/// The real clock.
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> DateTime<Utc> {
        Utc::now()
    }
}

/// A clock tests can move.
#[derive(Default)]
pub struct ManualClock(pub Mutex<Option<DateTime<Utc>>>);

impl ManualClock {
    /// Moves the clock forward.
    pub fn advance(&self, by: Duration) {
        if let Ok(mut t) = self.0.lock() {
            *t = Some(t.unwrap_or_else(Utc::now) + by);
        }
    }
}

impl Clock for ManualClock {
    fn now(&self) -> DateTime<Utc> {
        self.0.lock().ok().and_then(|t| *t).unwrap_or_else(Utc::now)
    }
}

/// Session and throttling policy.
#[derive(Clone, Debug)]
pub struct AuthPolicy {
    /// A session unused this long ends (30 min).
    pub idle: Duration,
    /// A session ends this long after sign-in, used or not (12 h).
    pub absolute: Duration,
    /// Failures per account within `window` before it is locked.
    pub account_failures: i32,
    /// Failures per address within `window` before it is locked.
    pub ip_failures: i32,
    /// The counting window, and the lock-out length.
    pub window: Duration,
}

impl Default for AuthPolicy {
    fn default() -> AuthPolicy {
        AuthPolicy {
            idle: Duration::minutes(30),
            absolute: Duration::hours(12),
            account_failures: 5,
            ip_failures: 20,
            window: Duration::minutes(15),
        }
    }
}

/// Why an account could not be created or changed.
#[derive(Debug, thiserror::Error)]
pub enum AccountError {
    /// The new password breaks a rule.
    #[error("{}", .0.english())]
    Password(PasswordProblem),
    /// An organisation's name is empty or longer than 200 characters.
    #[error("an organisation needs a name of at most 200 characters")]
    OrgName,
    /// Two-factor sign-in is already on.
    #[error("two-factor sign-in is already on")]
    TotpAlreadyOn,
    /// Confirming two-factor set-up before starting it.
    #[error("start enrolment first")]
    TotpNotStarted,
    /// The one-time code did not match.
    #[error("that code is not right; check the time on your phone")]
    TotpWrongCode,
    /// Changing a password with the wrong current one.
    #[error("the current password is not right")]
    WrongCurrentPassword,
    /// Not an email address.
    #[error("not an email address")]
    BadEmail,
    /// Unknown role.
    #[error("role must be one of investigator, supervisor, advocate, admin")]
    BadRole,
    /// Advocates belong to an organisation.
    #[error("an advocate needs --org")]
    OrgRequired,
    /// The email is taken.
    #[error("a user with that email exists")]
    Exists,
    /// No such user.
    #[error("no such user")]
    NotFound,
    /// Only admins manage accounts.
    #[error("only admins manage accounts")]
    NotAllowed,
    /// Database.
    #[error("database: {0}")]
    Db(#[from] DbErr),
    /// Hashing.
    #[error("{0}")]
    Internal(String),
}

/// Accounts are managed by admins (`by`), or from the server's command line (`None`).
fn admin_or_cli(by: Option<&Actor>) -> Result<(), AccountError> {
    match by {
        Some(a) if a.role != Role::Admin || !a.may_act() => Err(AccountError::NotAllowed),
        _ => Ok(()),
    }
}

/// The audit entry's actor fields for `by` (none for the command line).
fn by_whom(by: Option<&Actor>) -> Entry {
    Entry { actor_user_id: by.map(|a| a.user_id), actor_email: by.map(|a| a.email.clone()), ..Default::default() }
}

impl crate::infra::db::MaybeBusy for AccountError {
    fn is_busy(&self) -> bool {
        matches!(self, AccountError::Db(e) if crate::infra::db::is_busy(e))
    }
}

/// Why a sign-in failed. Unknown user and wrong password are the same error.
#[derive(Debug, thiserror::Error)]
pub enum LoginError {
    /// Wrong email or password (or disabled account).
    #[error("invalid credentials")]
    Invalid,
    /// Too many failures: try again after this long.
    #[error("throttled")]
    Throttled(Duration),
    /// Password right, but the account needs its one-time code.
    #[error("two-factor code required")]
    TotpRequired,
    /// The database stayed busy past the bounded wait; try again shortly.
    #[error("database busy")]
    Busy,
    /// Database or hashing trouble.
    #[error("internal: {0}")]
    Internal(String),
}

impl AccountError {
    /// The stable code (`password_too_short`, `exists`, ...): the web layer words it
    /// (`error-account-<code>`); `None` for failures that are ours (database, hashing).
    pub fn code(&self) -> Option<&'static str> {
        Some(match self {
            AccountError::Password(p) => p.code(),
            AccountError::OrgName => "org_name",
            AccountError::TotpAlreadyOn => "totp_already_on",
            AccountError::TotpNotStarted => "totp_not_started",
            AccountError::TotpWrongCode => "totp_wrong_code",
            AccountError::WrongCurrentPassword => "wrong_current_password",
            AccountError::BadEmail => "bad_email",
            AccountError::BadRole => "bad_role",
            AccountError::OrgRequired => "org_required",
            AccountError::Exists => "exists",
            AccountError::NotFound => "not_found",
            AccountError::NotAllowed => "not_allowed",
            AccountError::Db(_) | AccountError::Internal(_) => return None,
        })
    }
}

/// Which password rule a new password breaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PasswordProblem {
    /// Fewer than 12 characters.
    TooShort,
    /// More than 256 characters.
    TooLong,
    /// One character repeated.
    OneCharacter,
    /// Fewer than 5 different characters.
    FewCharacters,
    /// Built on a very common password.
    Common,
    /// Contains the email's name.
    ContainsEmail,
}

impl PasswordProblem {
    /// The stable code.
    pub fn code(self) -> &'static str {
        match self {
            PasswordProblem::TooShort => "password_too_short",
            PasswordProblem::TooLong => "password_too_long",
            PasswordProblem::OneCharacter => "password_one_character",
            PasswordProblem::FewCharacters => "password_few_characters",
            PasswordProblem::Common => "password_common",
            PasswordProblem::ContainsEmail => "password_contains_email",
        }
    }

    /// In English, for the command line and logs.
    pub fn english(self) -> &'static str {
        match self {
            PasswordProblem::TooShort => "password must be at least 12 characters",
            PasswordProblem::TooLong => "password must be at most 256 characters",
            PasswordProblem::OneCharacter => "password must not repeat one character",
            PasswordProblem::FewCharacters => "password needs more different characters",
            PasswordProblem::Common => "password is too close to a common password",
            PasswordProblem::ContainsEmail => "password must not contain your email name",
        }
    }
}

const COMMON: &[&str] = &[
    "password", "123456", "qwerty", "letmein", "welcome", "iloveyou", "admin", "monkey", "dragon", "football",
    "baseball", "sunshine", "princess", "trustno1", "reclamo", "denver", "passw0rd", "abc123",
];

/// Checks a new password: 12 to 256 characters, not one repeated character, not built on a very
/// common password, not the email's name.
pub fn check_password(password: &str, email: &str) -> Result<(), AccountError> {
    let n = password.chars().count();
    if n < 12 {
        return Err(AccountError::Password(PasswordProblem::TooShort));
    }
    if n > 256 {
        return Err(AccountError::Password(PasswordProblem::TooLong));
    }
    let first = password.chars().next();
    if password.chars().all(|c| Some(c) == first) {
        return Err(AccountError::Password(PasswordProblem::OneCharacter));
    }
    let lower = password.to_lowercase();
    let distinct: std::collections::HashSet<char> = lower.chars().collect();
    if distinct.len() < 5 {
        return Err(AccountError::Password(PasswordProblem::FewCharacters));
    }
    if COMMON.iter().any(|c| lower.contains(c) && lower.len() < c.len() + 6) {
        return Err(AccountError::Password(PasswordProblem::Common));
    }
    let local = email.split('@').next().unwrap_or("").to_lowercase();
    if local.len() >= 4 && lower.contains(&local) {
        return Err(AccountError::Password(PasswordProblem::ContainsEmail));
    }
    Ok(())
}

fn normalize_email(email: &str) -> Option<String> {
    let e = email.trim().to_lowercase();
    let (local, domain) = e.split_once('@')?;
    (!local.is_empty() && domain.contains('.') && !e.chars().any(char::is_whitespace) && e.len() <= 254).then_some(e)
}

/// A summary line for `reclamo user list`.
#[derive(Clone, Debug, Serialize)]
pub struct UserSummary {
    /// Email.
    pub email: String,
    /// Role.
    pub role: String,
    /// Organisation name.
    pub organisation: Option<String>,
    /// Disabled?
    pub disabled: bool,
}

/// The sign-in service.
#[derive(Clone)]
pub struct AuthService {
    db: Db,
    clock: Arc<dyn Clock>,
    policy: AuthPolicy,
    /// Seals TOTP secrets at rest (derived from the master key).
    totp_key: [u8; 32],
}

fn token_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

impl AuthService {
    /// A service over this database.
    pub fn new(db: Db, clock: Arc<dyn Clock>, policy: AuthPolicy) -> AuthService {
        AuthService { db, clock, policy, totp_key: [0; 32] }
    }

    /// Uses `key` to seal TOTP secrets (the server passes a master-key-derived key).
    pub fn with_totp_key(mut self, key: [u8; 32]) -> AuthService {
        self.totp_key = key;
        self
    }

    fn totp_secret(&self, user: &staff_user::Model) -> Option<Vec<u8>> {
        let sealed = user.totp_secret_ct.as_ref()?;
        crate::infra::crypto::open_with(&self.totp_key, format!("reclamo/v1/totp/{}", user.id).as_bytes(), sealed).ok()
    }

    /// Starts two-factor enrolment: a new secret (stored sealed, not yet enabled); returns the
    /// `otpauth://` URI to show as a QR code and as text.
    pub async fn start_totp(&self, actor: &Actor) -> Result<String, AccountError> {
        let user = staff_user::Entity::find_by_id(actor.user_id).one(&self.db).await?.ok_or(AccountError::NotFound)?;
        if user.totp_enabled {
            return Err(AccountError::TotpAlreadyOn);
        }
        let secret = crate::infra::totp::new_secret();
        let sealed =
            crate::infra::crypto::seal_with(&self.totp_key, format!("reclamo/v1/totp/{}", user.id).as_bytes(), &secret);
        let uri = crate::infra::totp::otpauth_uri(&secret, &user.email);
        let mut a: staff_user::ActiveModel = user.into();
        a.totp_secret_ct = Set(Some(sealed));
        a.update(&self.db).await?;
        Ok(uri)
    }

    /// Confirms enrolment with a code from the app; turns two-factor on and returns ten one-time
    /// recovery codes (shown once; stored hashed).
    pub async fn confirm_totp(&self, actor: &Actor, code: &str) -> Result<Vec<String>, AccountError> {
        let user = staff_user::Entity::find_by_id(actor.user_id).one(&self.db).await?.ok_or(AccountError::NotFound)?;
        let secret = self.totp_secret(&user).ok_or(AccountError::TotpNotStarted)?;
        if !crate::infra::totp::verify(&secret, code, self.clock.now().timestamp()) {
            return Err(AccountError::TotpWrongCode);
        }
        let mut codes = Vec::with_capacity(10);
        recovery_code::Entity::delete_many().filter(recovery_code::Column::UserId.eq(user.id)).exec(&self.db).await?;
        for _ in 0..10 {
            let mut raw = [0u8; 7];
            OsRng.fill_bytes(&mut raw);
            let text = crate::infra::totp::base32(&raw)[..10].to_owned();
            let shown = format!("{}-{}", &text[..5], &text[5..]);
            recovery_code::Entity::insert(recovery_code::ActiveModel {
                user_id: Set(user.id),
                code_hash: Set(token_hash(&text)),
                used_at: Set(None),
                ..Default::default()
            })
            .exec(&self.db)
            .await?;
            codes.push(shown);
        }
        let id = user.id;
        let mut a: staff_user::ActiveModel = user.into();
        a.totp_enabled = Set(true);
        a.update(&self.db).await?;
        audit::record(
            &self.db,
            Entry {
                actor_user_id: Some(id),
                actor_email: Some(actor.email.clone()),
                action: "two_factor_enabled".into(),
                ..Default::default()
            },
        )
        .await?;
        Ok(codes)
    }

    /// Checks a second factor: a current TOTP code, or an unused recovery code (then spent).
    async fn second_factor_ok(&self, user: &staff_user::Model, typed: &str) -> Result<bool, DbErr> {
        if let Some(secret) = self.totp_secret(user)
            && let Some(step) = crate::infra::totp::matching_step(&secret, typed, self.clock.now().timestamp())
        {
            // Each code once: the step must be later than the last one used. One conditional
            // UPDATE, so two requests racing with the same code cannot both win.
            let step = step as i64;
            let claimed = staff_user::Entity::update_many()
                .col_expr(staff_user::Column::TotpLastStep, sea_orm::sea_query::Expr::value(step))
                .filter(staff_user::Column::Id.eq(user.id))
                .filter(
                    sea_orm::Condition::any()
                        .add(staff_user::Column::TotpLastStep.is_null())
                        .add(staff_user::Column::TotpLastStep.lt(step)),
                )
                .exec(&self.db)
                .await?;
            return Ok(claimed.rows_affected == 1);
        }
        let cleaned: String = typed.chars().filter(char::is_ascii_alphanumeric).collect::<String>().to_uppercase();
        if cleaned.len() != 10 {
            return Ok(false);
        }
        let hash = token_hash(&cleaned);
        let found = recovery_code::Entity::find()
            .filter(recovery_code::Column::UserId.eq(user.id))
            .filter(recovery_code::Column::CodeHash.eq(hash))
            .filter(recovery_code::Column::UsedAt.is_null())
            .one(&self.db)
            .await?;
        match found {
            Some(rc) => {
                let mut a: recovery_code::ActiveModel = rc.into();
                a.used_at = Set(Some(self.clock.now()));
                a.update(&self.db).await?;
                Ok(true)
            }
            None => Ok(false),
        }
    }

    /// Creates a user (and the organisation, for an advocate, if new).
    pub async fn add_user(
        &self,
        by: Option<&Actor>,
        email: &str,
        role: &str,
        name: Option<&str>,
        org: Option<&str>,
        password: &str,
    ) -> Result<i64, AccountError> {
        admin_or_cli(by)?;
        let email = normalize_email(email).ok_or(AccountError::BadEmail)?;
        let role = Role::from_code(role.trim()).ok_or(AccountError::BadRole)?;
        check_password(password, &email)?;
        let org = org.map(str::trim).filter(|o| !o.is_empty());
        if role == Role::Advocate && org.is_none() {
            return Err(AccountError::OrgRequired);
        }
        let now = self.clock.now();
        let organisation_id = match org {
            Some(name) => Some(self.organisation_id(name, now).await?),
            None => None,
        };
        let hash = hash_secret(password.to_owned()).await.map_err(|e| AccountError::Internal(e.to_string()))?;
        let row = staff_user::ActiveModel {
            email: Set(email.clone()),
            name: Set(name.map(str::to_owned)),
            role: Set(role.code().to_owned()),
            organisation_id: Set(organisation_id),
            password_hash: Set(hash),
            totp_secret_ct: Set(None),
            totp_enabled: Set(false),
            disabled: Set(false),
            created_at: Set(now),
            password_changed_at: Set(now),
            ..Default::default()
        };
        let id = match staff_user::Entity::insert(row).exec(&self.db).await {
            Ok(r) => r.last_insert_id,
            Err(e) if matches!(e.sql_err(), Some(SqlErr::UniqueConstraintViolation(_))) => {
                return Err(AccountError::Exists);
            }
            Err(e) => return Err(e.into()),
        };
        audit::record(
            &self.db,
            Entry {
                action: "user_added".into(),
                detail: Some(format!(
                    "user {id} role {}{}",
                    role.code(),
                    if by.is_none() { " (command line)" } else { "" }
                )),
                ..by_whom(by)
            },
        )
        .await?;
        Ok(id)
    }

    async fn organisation_id(&self, name: &str, now: DateTime<Utc>) -> Result<i64, DbErr> {
        if let Some(o) = organisation::Entity::find().filter(organisation::Column::Name.eq(name)).one(&self.db).await? {
            return Ok(o.id);
        }
        let r = organisation::Entity::insert(organisation::ActiveModel {
            name: Set(name.to_owned()),
            created_at: Set(now),
            ..Default::default()
        })
        .exec(&self.db)
        .await?;
        Ok(r.last_insert_id)
    }

    /// Every organisation with its number of users, by name.
    pub async fn list_organisations(&self) -> Result<Vec<(String, u64)>, DbErr> {
        let users = staff_user::Entity::find().all(&self.db).await?;
        Ok(organisation::Entity::find()
            .order_by_asc(organisation::Column::Name)
            .all(&self.db)
            .await?
            .into_iter()
            .map(|o| {
                let n = users.iter().filter(|u| u.organisation_id == Some(o.id)).count() as u64;
                (o.name, n)
            })
            .collect())
    }

    /// Adds an organisation (a worker center, union, legal aid group); existing names are kept.
    pub async fn add_organisation(&self, name: &str) -> Result<i64, AccountError> {
        let name = name.trim();
        if name.is_empty() || name.chars().count() > 200 {
            return Err(AccountError::OrgName);
        }
        Ok(self.organisation_id(name, self.clock.now()).await?)
    }

    /// Every user, by email.
    pub async fn list_users(&self) -> Result<Vec<UserSummary>, DbErr> {
        let orgs: std::collections::HashMap<i64, String> =
            organisation::Entity::find().all(&self.db).await?.into_iter().map(|o| (o.id, o.name)).collect();
        Ok(staff_user::Entity::find()
            .order_by_asc(staff_user::Column::Email)
            .all(&self.db)
            .await?
            .into_iter()
            .map(|u| UserSummary {
                email: u.email,
                role: u.role,
                organisation: u.organisation_id.and_then(|id| orgs.get(&id).cloned()),
                disabled: u.disabled,
            })
            .collect())
    }

    /// Disables a user and ends their sessions.
    pub async fn disable_user(&self, by: Option<&Actor>, email: &str) -> Result<(), AccountError> {
        admin_or_cli(by)?;
        let email = normalize_email(email).ok_or(AccountError::BadEmail)?;
        let user = staff_user::Entity::find()
            .filter(staff_user::Column::Email.eq(&email))
            .one(&self.db)
            .await?
            .ok_or(AccountError::NotFound)?;
        let id = user.id;
        let mut active: staff_user::ActiveModel = user.into();
        active.disabled = Set(true);
        active.update(&self.db).await?;
        staff_session::Entity::delete_many().filter(staff_session::Column::UserId.eq(id)).exec(&self.db).await?;
        audit::record(
            &self.db,
            Entry {
                action: "user_disabled".into(),
                detail: Some(format!("user {id}{}", if by.is_none() { " (command line)" } else { "" })),
                ..by_whom(by)
            },
        )
        .await?;
        Ok(())
    }

    /// Deletes sign-in failures whose window and lock have both passed (they count for nothing).
    async fn purge_failures(&self, now: DateTime<Utc>) -> Result<u64, DbErr> {
        Ok(login_failure::Entity::delete_many()
            .filter(login_failure::Column::WindowStart.lt(now - self.policy.window))
            .filter(
                sea_orm::Condition::any()
                    .add(login_failure::Column::LockedUntil.is_null())
                    .add(login_failure::Column::LockedUntil.lt(now)),
            )
            .exec(&self.db)
            .await?
            .rows_affected)
    }

    /// The hourly purge: sessions past their idle or absolute limit, and spent sign-in failures.
    /// Returns how many rows went.
    pub async fn purge_expired(&self, now: DateTime<Utc>) -> Result<u64, DbErr> {
        let sessions = staff_session::Entity::delete_many()
            .filter(
                sea_orm::Condition::any()
                    .add(staff_session::Column::LastSeenAt.lt(now - self.policy.idle))
                    .add(staff_session::Column::CreatedAt.lt(now - self.policy.absolute)),
            )
            .exec(&self.db)
            .await?
            .rows_affected;
        Ok(sessions + self.purge_failures(now).await?)
    }

    /// Counts a failed sign-in against the account and the address, and audits it.
    async fn failed(&self, user_key: &str, ip_key: &str, now: DateTime<Utc>) -> Result<(), DbErr> {
        // Failures for made-up e-mails would otherwise pile up for good.
        self.purge_failures(now).await?;
        self.note_failure(user_key, self.policy.account_failures, now).await?;
        self.note_failure(ip_key, self.policy.ip_failures, now).await?;
        audit::record(&self.db, Entry { action: "login_failed".into(), ..Default::default() }).await
    }

    /// Remaining lock-out for a throttling key, if any.
    async fn locked(&self, key: &str, now: DateTime<Utc>) -> Result<Option<Duration>, DbErr> {
        let row = login_failure::Entity::find_by_id(key.to_owned()).one(&self.db).await?;
        Ok(row.and_then(|r| r.locked_until).filter(|until| *until > now).map(|until| until - now))
    }

    async fn note_failure(&self, key: &str, limit: i32, now: DateTime<Utc>) -> Result<(), DbErr> {
        let row = login_failure::Entity::find_by_id(key.to_owned()).one(&self.db).await?;
        match row {
            Some(r) if now - r.window_start < self.policy.window => {
                let failures = r.failures + 1;
                let mut a: login_failure::ActiveModel = r.into();
                a.failures = Set(failures);
                if failures >= limit {
                    a.locked_until = Set(Some(now + self.policy.window));
                }
                a.update(&self.db).await?;
            }
            Some(r) => {
                let mut a: login_failure::ActiveModel = r.into();
                a.failures = Set(1);
                a.window_start = Set(now);
                a.locked_until = Set(None);
                a.update(&self.db).await?;
            }
            None => {
                let _ = login_failure::Entity::insert(login_failure::ActiveModel {
                    key: Set(key.to_owned()),
                    failures: Set(1),
                    window_start: Set(now),
                    locked_until: Set(None),
                })
                .exec(&self.db)
                .await;
            }
        }
        Ok(())
    }

    /// Signs in. Returns the session token for the cookie. Unknown user, wrong password and
    /// disabled account are one error after the same work; during a lock-out even the right
    /// password answers "throttled".
    pub async fn login(
        &self,
        email: &str,
        password: &str,
        second_factor: Option<&str>,
        ip: &str,
    ) -> Result<(String, Actor), LoginError> {
        let internal = |e: DbErr| {
            if crate::infra::db::is_busy(&e) { LoginError::Busy } else { LoginError::Internal(e.to_string()) }
        };
        let now = self.clock.now();
        let email = normalize_email(email).unwrap_or_default();
        let user_key = format!("user:{email}");
        let ip_key = format!("ip:{ip}");
        // A locked address costs no hash: an attacker's flood is turned away before the
        // 19 MiB, tens-of-milliseconds argon2 check.
        if let Some(wait) = self.locked(&ip_key, now).await.map_err(internal)? {
            return Err(LoginError::Throttled(wait));
        }
        let user = staff_user::Entity::find()
            .filter(staff_user::Column::Email.eq(&email))
            .one(&self.db)
            .await
            .map_err(internal)?;
        let hash = user.as_ref().map(|u| u.password_hash.clone()).unwrap_or_else(dummy_hash);
        let ok = verify_secret(password.to_owned(), hash).await;
        let account_lock = self.locked(&user_key, now).await.map_err(internal)?;
        let Some(user) = user.filter(|u| ok && !u.disabled) else {
            if let Some(wait) = account_lock {
                return Err(LoginError::Throttled(wait));
            }
            self.failed(&user_key, &ip_key, now).await.map_err(internal)?;
            return Err(LoginError::Invalid);
        };
        // A locked account still opens to the right password *and* a valid second factor, so
        // nobody can lock a supervisor out by failing five times on purpose. Without a second
        // factor the lock holds.
        if let Some(wait) = account_lock
            && !user.totp_enabled
        {
            return Err(LoginError::Throttled(wait));
        }
        if user.totp_enabled {
            let Some(code) = second_factor.map(str::trim).filter(|c| !c.is_empty()) else {
                return Err(match account_lock {
                    Some(wait) => LoginError::Throttled(wait),
                    None => LoginError::TotpRequired,
                });
            };
            if !self.second_factor_ok(&user, code).await.map_err(internal)? {
                if let Some(wait) = account_lock {
                    return Err(LoginError::Throttled(wait));
                }
                self.failed(&user_key, &ip_key, now).await.map_err(internal)?;
                return Err(LoginError::Invalid);
            }
        }
        login_failure::Entity::delete_by_id(user_key).exec(&self.db).await.map_err(internal)?;
        let mut raw = [0u8; 32];
        OsRng.fill_bytes(&mut raw);
        let token = hex::encode(raw);
        staff_session::Entity::insert(staff_session::ActiveModel {
            id: Set(token_hash(&token)),
            user_id: Set(user.id),
            created_at: Set(now),
            last_seen_at: Set(now),
        })
        .exec(&self.db)
        .await
        .map_err(internal)?;
        let actor = self.actor_of(&user).await.map_err(internal)?;
        audit::record(
            &self.db,
            Entry {
                actor_user_id: Some(user.id),
                actor_email: Some(user.email.clone()),
                action: "login".into(),
                ..Default::default()
            },
        )
        .await
        .map_err(internal)?;
        Ok((token, actor))
    }

    async fn actor_of(&self, user: &staff_user::Model) -> Result<Actor, DbErr> {
        let organisation = match user.organisation_id {
            Some(id) => organisation::Entity::find_by_id(id).one(&self.db).await?.map(|o| o.name),
            None => None,
        };
        let role = Role::from_code(&user.role).unwrap_or(Role::Investigator);
        Ok(Actor {
            user_id: user.id,
            email: user.email.clone(),
            role,
            organisation_id: user.organisation_id,
            organisation,
            two_factor_enabled: user.totp_enabled,
            two_factor_pending: matches!(role, Role::Supervisor | Role::Admin) && !user.totp_enabled,
        })
    }

    /// The actor behind a session token, if the session is alive (and marks it used).
    pub async fn session(&self, token: &str) -> Result<Option<Actor>, DbErr> {
        let now = self.clock.now();
        let id = token_hash(token);
        let Some(session) = staff_session::Entity::find_by_id(id.clone()).one(&self.db).await? else {
            return Ok(None);
        };
        if now - session.last_seen_at > self.policy.idle || now - session.created_at > self.policy.absolute {
            staff_session::Entity::delete_by_id(id).exec(&self.db).await?;
            return Ok(None);
        }
        let Some(user) = staff_user::Entity::find_by_id(session.user_id).one(&self.db).await?.filter(|u| !u.disabled)
        else {
            return Ok(None);
        };
        // Touch at most once a minute: reads stay reads under load.
        if now - session.last_seen_at > Duration::minutes(1) {
            let mut a: staff_session::ActiveModel = session.into();
            a.last_seen_at = Set(now);
            // Best effort: a busy database must not sign the user out.
            if let Err(e) = a.update(&self.db).await
                && !crate::infra::db::is_busy(&e)
            {
                return Err(e);
            }
        }
        Ok(Some(self.actor_of(&user).await?))
    }

    /// Ends a session.
    pub async fn logout(&self, token: &str) -> Result<(), DbErr> {
        if let Some(s) = staff_session::Entity::find_by_id(token_hash(token)).one(&self.db).await? {
            staff_session::Entity::delete_by_id(s.id).exec(&self.db).await?;
            audit::record(
                &self.db,
                Entry { actor_user_id: Some(s.user_id), action: "logout".into(), ..Default::default() },
            )
            .await?;
        }
        Ok(())
    }

    /// Changes a password (the old one must be right) and ends every session of the user.
    pub async fn change_password(&self, actor: &Actor, old: &str, new: &str) -> Result<(), AccountError> {
        let user = staff_user::Entity::find_by_id(actor.user_id).one(&self.db).await?.ok_or(AccountError::NotFound)?;
        if !verify_secret(old.to_owned(), user.password_hash.clone()).await {
            return Err(AccountError::WrongCurrentPassword);
        }
        check_password(new, &user.email)?;
        let hash = hash_secret(new.to_owned()).await.map_err(|e| AccountError::Internal(e.to_string()))?;
        let mut a: staff_user::ActiveModel = user.into();
        a.password_hash = Set(hash);
        a.password_changed_at = Set(self.clock.now());
        a.update(&self.db).await?;
        staff_session::Entity::delete_many()
            .filter(staff_session::Column::UserId.eq(actor.user_id))
            .exec(&self.db)
            .await?;
        audit::record(
            &self.db,
            Entry {
                actor_user_id: Some(actor.user_id),
                actor_email: Some(actor.email.clone()),
                action: "password_changed".into(),
                ..Default::default()
            },
        )
        .await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn password_rules() {
        assert!(check_password("short", "a@b.org").is_err());
        assert!(check_password("aaaaaaaaaaaaaaaa", "a@b.org").is_err());
        assert!(check_password("password1234", "a@b.org").is_err());
        assert!(check_password("mariagonzalez-2026!", "mariagonzalez@denver.gov").is_err());
        assert!(check_password("correct horse battery staple", "a@b.org").is_ok());
        assert!(check_password("ሰላም ለዓለም ሁሉ ይሁን", "a@b.org").is_ok(), "non-Latin passwords are fine");
    }

    #[test]
    fn emails_are_normalised() {
        assert_eq!(normalize_email("  Ana@Denver.GOV "), Some("ana@denver.gov".to_owned()));
        assert_eq!(normalize_email("no-at-sign"), None);
    }

    #[test]
    fn roles_round_trip() {
        for r in Role::ALL {
            assert_eq!(Role::from_code(r.code()), Some(r));
        }
    }
}
