//! What Reclamo keeps, as code: every column of the schema has a class, and the page `/privacy`
//! and the disposal of closed cases follow it. A test reads the real schema (SQLite and
//! PostgreSQL) and fails when a column has no class, or a class names a column that is gone.

use serde::{Deserialize, Serialize};

/// Days a closed case keeps its personal data before it is due for disposal (the default of
/// `RECLAMO_RETENTION_DAYS`).
pub const RETENTION_DAYS: u32 = 365;

/// What happens to a column's data over a case's life.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DataClass {
    /// About the worker: sealed with the case's own key; readable only by staff working the case
    /// (every read audited); destroyed with the key at disposal.
    Personal,
    /// In clear while the case is open, because the work needs it (to sort, find, count
    /// deadlines); deleted or emptied at disposal.
    Case,
    /// Kept after disposal in the case's tombstone: nothing about the worker (dates, status,
    /// resolution, kinds of violation, amounts, the employer).
    Public,
    /// About staff accounts and the system's own running, not about workers; kept by their own
    /// rules (sessions and sign-in failures expire).
    Operational,
}

impl DataClass {
    /// Every class, in the order `/privacy` shows them.
    pub const ALL: [DataClass; 4] = [DataClass::Personal, DataClass::Case, DataClass::Public, DataClass::Operational];

    /// Stable code (also the suffix of its message ids).
    pub fn code(self) -> &'static str {
        match self {
            DataClass::Personal => "personal",
            DataClass::Case => "case",
            DataClass::Public => "public",
            DataClass::Operational => "operational",
        }
    }
}

use DataClass::{Case, Operational, Personal, Public};

/// Every table's columns by class.
pub const SCHEMA: &[(&str, DataClass, &[&str])] = &[
    ("complaint", Personal, &["contact_ct", "narrative_ct", "retaliation_details_ct", "screening_ct", "facts_ct"]),
    (
        "complaint",
        Case,
        &[
            "idempotency_key",
            "idempotency_fingerprint",
            "language",
            "job_start",
            "job_end",
            "still_employed",
            "pay_rate_cents",
            "pay_basis",
            "pay_frequency",
            "usual_hours",
            "paid_cash",
            "period_start",
            "period_end",
            "estimated_owed_cents",
            "coworkers_affected",
            "filed_by_user_id",
            "retaliation_flagged",
            "priority",
        ],
    ),
    (
        "complaint",
        Public,
        &[
            "id",
            "tracking_code",
            "access_code_hash",
            "status",
            "channel",
            "filed_by",
            "anonymous",
            "employer_name",
            "employer_address",
            "employer_phone",
            "employer_industry",
            "staffing_agency",
            "agency_name",
            "created_at",
            "updated_at",
            "organisation_id",
            "first_contact_due",
            "employer_id",
            "resolution",
            "sort_key",
            "notice_sent_on",
            "closed_at",
            "disposed_at",
        ],
    ),
    ("complaint", Operational, &["assignee_id"]),
    ("complaint_key", Personal, &["wrapped_key"]),
    ("complaint_key", Case, &["complaint_id", "key_id"]),
    ("complaint_term", Case, &["term", "complaint_id"]),
    ("complaint_violation", Public, &["complaint_id", "code"]),
    ("complaint_event", Personal, &["detail_ct"]),
    ("complaint_event", Public, &["id", "complaint_id", "at", "kind", "status", "visible_to_worker"]),
    ("complaint_event", Operational, &["actor_email"]),
    ("case_note", Personal, &["body_ct"]),
    ("case_note", Case, &["id", "complaint_id", "author_email", "at", "visible_to_worker"]),
    ("retaliation_review", Personal, &["kind_ct", "reason_ct"]),
    ("retaliation_review", Case, &["id", "complaint_id", "decision", "instances", "reviewer_email", "at"]),
    ("determination", Personal, &["sealed_ct"]),
    ("determination", Case, &["input_json", "lines_json"]),
    (
        "determination",
        Public,
        &["id", "complaint_id", "total_cents", "unpaid_cents", "state", "recorded_at", "decided_at"],
    ),
    ("determination", Operational, &["recorded_by", "decided_by"]),
    ("referral", Personal, &["sealed_ct"]),
    ("referral", Case, &["id", "complaint_id", "decided_by", "decided_at"]),
    ("evidence", Personal, &["description_ct", "thumb_ct"]),
    ("evidence", Case, &["id", "complaint_id", "kind", "content_type", "size_bytes", "chunks", "source", "created_at"]),
    ("evidence_chunk", Personal, &["ct"]),
    ("evidence_chunk", Case, &["evidence_id", "seq"]),
    ("notification", Case, &["id", "user_id", "complaint_id", "kind", "created_at", "read_at"]),
    ("notification_batch", Case, &["key_hash", "window_start", "pending_complaint_id"]),
    (
        "outbox",
        Case,
        &[
            "id",
            "channel",
            "recipient",
            "template",
            "complaint_id",
            "created_at",
            "sent_at",
            "attempts",
            "lease_until",
            "next_attempt_at",
            "failed_at",
            "last_error",
        ],
    ),
    ("sms_opt_out", Operational, &["number_hash", "created_at"]),
    ("employer", Public, &["id", "name", "normalized_name", "created_at"]),
    ("employer_address", Public, &["id", "employer_id", "address"]),
    ("employer_alias", Public, &["normalized_name", "employer_id", "name"]),
    ("employer_link", Public, &["id", "employer_id", "related_employer_id", "kind", "created_at"]),
    ("employer_link", Operational, &["created_by"]),
    ("organisation", Public, &["id", "name", "created_at"]),
    (
        "disposal_batch",
        Operational,
        &["id", "proposed_by", "proposed_at", "approved_by", "approved_at", "carried_out_at"],
    ),
    ("disposal_item", Operational, &["batch_id", "complaint_id", "disposed_at"]),
    (
        "audit_log",
        Operational,
        &["id", "at", "actor_user_id", "actor_email", "action", "complaint_id", "detail", "prev_hash", "hash"],
    ),
    (
        "staff_user",
        Operational,
        &[
            "id",
            "email",
            "name",
            "role",
            "organisation_id",
            "password_hash",
            "totp_secret_ct",
            "totp_enabled",
            "disabled",
            "created_at",
            "password_changed_at",
            "totp_last_step",
        ],
    ),
    ("staff_session", Operational, &["id", "user_id", "created_at", "last_seen_at"]),
    ("recovery_code", Operational, &["id", "user_id", "code_hash", "used_at"]),
    ("login_failure", Operational, &["key", "failures", "window_start", "locked_until"]),
    ("seaql_migrations", Operational, &["version", "applied_at"]),
];

/// The class of `table.column`, if it has one.
pub fn class_of(table: &str, column: &str) -> Option<DataClass> {
    SCHEMA.iter().find(|(t, _, cols)| *t == table && cols.contains(&column)).map(|(_, class, _)| *class)
}

/// The columns of one class, as `table.column`, in schema order.
pub fn columns_of(class: DataClass) -> Vec<String> {
    SCHEMA
        .iter()
        .filter(|(_, c, _)| *c == class)
        .flat_map(|(t, _, cols)| cols.iter().map(move |col| format!("{t}.{col}")))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_column_has_two_classes() {
        let mut seen = std::collections::HashSet::new();
        for (t, _, cols) in SCHEMA {
            for c in *cols {
                assert!(seen.insert((*t, *c)), "{t}.{c} is classified twice");
            }
        }
    }

    #[test]
    fn what_could_stand_in_for_status_is_personal() {
        for (t, c) in [("complaint", "facts_ct"), ("retaliation_review", "kind_ct"), ("complaint", "contact_ct")] {
            assert_eq!(class_of(t, c), Some(Personal), "{t}.{c}");
        }
    }
}
