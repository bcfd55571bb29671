//! The rules that decide a case's urgency: retaliation screening of a complaint, the priority
//! that follows from the flags and the human reviews, and the first-contact deadline.

use crate::infra::entities::complaint;
use chrono::NaiveDate;
use reclamo_shared::complaint::{CaseStatus, NewComplaint};
use reclamo_shared::retaliation::RetaliationKind;

/// The first-contact deadline of a case flagged with `kinds`, counted from `from`: the
/// strictest kind's business days (1 for a threat about immigration, else 2; see
/// `reclamo_shared::remedy::ESCALATIONS`); `None` when nothing is flagged.
pub fn first_contact_due<'a>(
    kinds: impl IntoIterator<Item = &'a RetaliationKind>,
    from: NaiveDate,
) -> Option<NaiveDate> {
    reclamo_shared::remedy::first_contact_business_days(kinds)
        .map(|days| reclamo_shared::calendar::add_business_days(from, days))
}

/// The kinds flagged on a case, from its stored codes.
pub fn kinds_of(codes: &[String]) -> Vec<RetaliationKind> {
    codes.iter().filter_map(|c| RetaliationKind::from_code(c)).collect()
}

/// Screens a complaint for retaliation: the structured answers and both free-text fields.
pub fn screen_complaint(c: &NewComplaint) -> reclamo_shared::retaliation::Screening {
    let mut texts: Vec<(&'static str, &str)> = vec![];
    if let Some(n) = &c.narrative {
        texts.push(("narrative", n));
    }
    if let Some(d) = &c.retaliation_details {
        texts.push(("retaliation.details", d));
    }
    reclamo_shared::retaliation::screen(&texts, &c.language, &c.retaliation)
}

/// Whether the first contact of a flagged case is late on `today` (it is made once the case
/// leaves `received`).
pub fn first_contact_overdue(row: &complaint::Model, today: NaiveDate) -> bool {
    row.status == CaseStatus::Received.code() && row.first_contact_due.is_some_and(|d| d < today)
}

/// A case's priority from the kinds screening flagged and the latest human review of each:
/// urgent when a person confirmed any kind, or when a flagged kind has not been dismissed.
pub fn priority_for<K: AsRef<str>>(flagged: &[K], reviews: &[super::facts::Review]) -> &'static str {
    let dismissed = |k: &str| reviews.iter().any(|r| r.kind == k && r.decision == "dismissed");
    let urgent = reviews.iter().any(|r| r.decision == "confirmed") || flagged.iter().any(|k| !dismissed(k.as_ref()));
    if urgent { "urgent" } else { "normal" }
}
