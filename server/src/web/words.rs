//! Words for the services' error codes: the one place a refusal from a service becomes a
//! sentence, in the caller's language. Services return codes; the doors call these.

use crate::services::auth::AccountError;
use crate::services::cases::CaseError;
use reclamo_app::i18n::Catalog;

/// What to tell the person, in their language, when the refusal is theirs to fix (a
/// workflow rule, a field, their role); `None` for failures that are ours (logged, 500).
pub fn case_error(e: &CaseError, c: &Catalog) -> Option<String> {
    use reclamo_shared::workflow::MoveError;
    let status = |s: reclamo_shared::complaint::CaseStatus| c.t(&format!("case-status-{}", s.code()));
    Some(match e {
        CaseError::NotFound => c.t("not-found-body"),
        CaseError::TwoFactorPending => c.t("error-totp-required"),
        CaseError::Forbidden => c.t("error-forbidden"),
        CaseError::NotAssignee => c.t("error-not-assignee"),
        CaseError::OwnDetermination => c.t("error-own-determination"),
        CaseError::Invalid(field) => c.t_args("error-case-field", &[("field", field)]),
        CaseError::Move(MoveError::Illegal { from, to }) => {
            c.t_args("error-move-illegal_transition", &[("from", &status(*from)), ("to", &status(*to))])
        }
        CaseError::Move(m) => c.t(&format!("error-move-{}", m.code())),
        CaseError::NeedsApproval => c.t("error-needs-approval"),
        CaseError::WrongStage => c.t("error-wrong-stage"),
        CaseError::NothingPending => c.t("error-nothing-pending"),
        CaseError::NotProposed => c.t("error-referral-not-proposed"),
        CaseError::OwnProposal => c.t("error-own-proposal"),
        CaseError::NothingDue => c.t("error-nothing-due"),
        CaseError::Evidence(e) => evidence_error(*e, c),
        CaseError::Calc(code) => c.t(&format!("error-calc-{code}")),
        CaseError::Db(_) | CaseError::Crypto(_) | CaseError::Internal(_) => return None,
    })
}

/// A case-service refusal for a page, in the reader's language: busy, a refusal in words, or
/// (a failure of ours, logged) the generic sentence.
pub fn case_refusal(e: &CaseError, c: &Catalog) -> String {
    if crate::infra::db::MaybeBusy::is_busy(e) {
        return c.t("error-busy");
    }
    case_error(e, c).unwrap_or_else(|| {
        tracing::error!(error = %e, "case work failed");
        c.t("error-generic")
    })
}

/// An account refusal in the admin's (or staff member's) language; a failure that is ours is
/// logged and answered with the generic sentence.
pub fn account_error(e: &AccountError, c: &Catalog) -> String {
    match e.code() {
        Some(code) => c.t(&format!("error-account-{}", code.replace('_', "-"))),
        None => {
            tracing::error!(error = %e, "account operation failed");
            c.t("error-generic")
        }
    }
}

/// An evidence refusal in the reader's language.
pub fn evidence_error(e: crate::services::evidence::EvidenceError, c: &Catalog) -> String {
    use crate::services::evidence::EvidenceError;
    let id = format!("error-evidence-{}", e.code().replace('_', "-"));
    match e {
        EvidenceError::TooLarge(mb) => c.t_args(&id, &[("mb", &mb.to_string())]),
        EvidenceError::TooMany(max) => c.t_args(&id, &[("max", &max.to_string())]),
        _ => c.t(&id),
    }
}
