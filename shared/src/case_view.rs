//! Typed views of a case, as the case service hands them out and the JSON API serialises them:
//! the queue row, the whole case for staff, the narrower case for advocates, and their parts
//! (timeline, notes, reviews, determinations, deadlines, employer), notifications and the access
//! history. Wire types only: no database rows, nothing server-only, so the UI can use them too.
//!
//! Times are RFC 3339 in UTC (`…Z`); dates are `YYYY-MM-DD`; amounts are integer cents.

use crate::complaint::{CaseStatus, Channel, Contact, RetaliationAnswers, code_enum};
use crate::remedy::{CalcInput, Line};
use crate::retaliation::Signal;
use crate::workflow::Resolution;
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

code_enum! {
    /// How soon a case must be looked at.
    Priority {
        /// The usual order.
        Normal = "normal",
        /// Retaliation flagged (and not dismissed) or confirmed: first in the queue.
        Urgent = "urgent",
    }
}

code_enum! {
    /// Which deadline.
    DeadlineKind {
        /// First contact with a worker whose complaint was flagged for retaliation.
        FirstContact = "first_contact",
        /// The employer's answer to the notice (21 days).
        EmployerResponse = "employer_response",
        /// The target for a determination (90 days from filing).
        Determination = "determination",
    }
}

/// The employer as a queue row names it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct EmployerRef {
    /// The employer record, once linked.
    pub id: Option<i64>,
    /// The name as the worker gave it.
    pub name: String,
}

/// Whether screening flagged retaliation, and which kinds (codes of `RetaliationKind`; only in the
/// full case view: the kinds are sealed personal data, a queue row carries the marker alone).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct FlagSummary {
    /// Any kind flagged.
    pub flagged: bool,
    /// The kinds flagged (empty in queue rows).
    #[serde(default)]
    pub kinds: Vec<String>,
}

/// One row of the queue: no personal data (reading it is not audited).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct CaseSummary {
    /// Case id.
    pub id: i64,
    /// Tracking code (10 digits).
    pub tracking_code: String,
    /// Workflow status.
    pub status: CaseStatus,
    /// How it was resolved, once resolved.
    pub resolution: Option<Resolution>,
    /// Urgency.
    pub priority: Priority,
    /// The worker's language code.
    pub language: String,
    /// How the complaint came in.
    pub channel: Channel,
    /// Assigned staff member (email).
    pub assignee: Option<String>,
    /// The employer.
    pub employer: EmployerRef,
    /// Retaliation flag.
    pub retaliation: FlagSummary,
    /// First contact due (flagged cases).
    pub first_contact_due: Option<NaiveDate>,
    /// First contact late.
    pub first_contact_overdue: bool,
    /// When it was filed.
    pub created_at: DateTime<Utc>,
}

/// A deadline and whether it is met or late.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct Deadline {
    /// Which deadline.
    pub kind: DeadlineKind,
    /// Due date.
    pub due: NaiveDate,
    /// Met already.
    pub met: bool,
    /// Late (open, not met, past due).
    pub overdue: bool,
}

/// One event of a case's timeline.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct TimelineEntry {
    /// When.
    pub at: DateTime<Utc>,
    /// What (`filed`, `status_changed`, `assigned`, `notice_sent`, …).
    pub kind: String,
    /// The new status, for status changes.
    pub status: Option<CaseStatus>,
    /// Who (staff email); none for the worker's own filing.
    pub actor: Option<String>,
    /// Shown to the worker on `/status`.
    pub visible_to_worker: bool,
    /// The reason given for a move (sealed at rest).
    pub reason: Option<String>,
}

/// A note on a case.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct Note {
    /// Note id.
    pub id: i64,
    /// When.
    pub at: DateTime<Utc>,
    /// Author (staff email).
    pub author: String,
    /// Shown to the worker on `/status`.
    pub visible_to_worker: bool,
    /// The text (sealed at rest); none once the case's key is destroyed.
    pub body: Option<String>,
}

/// The latest human review of one retaliation kind.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct RetaliationReview {
    /// The kind reviewed (code of `RetaliationKind`).
    pub kind: String,
    /// `confirmed` or `dismissed`.
    pub decision: String,
    /// Confirmed instances (0 when dismissed).
    pub instances: i32,
    /// Reviewer (staff email).
    pub by: String,
    /// When.
    pub at: DateTime<Utc>,
    /// The reason (sealed at rest).
    pub reason: Option<String>,
}

/// A determination of what is owed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct Determination {
    /// Determination id.
    pub id: i64,
    /// `pending`, `approved` or `returned`.
    pub state: String,
    /// Total sought, in cents.
    pub total_cents: i64,
    /// Unpaid wages alone, in cents.
    pub unpaid_wages_cents: i64,
    /// The calculator's lines, each with its arithmetic and citation.
    pub lines: Vec<Line>,
    /// What the calculator was given.
    pub input: Option<CalcInput>,
    /// Who recorded it.
    pub recorded_by: String,
    /// When.
    pub recorded_at: DateTime<Utc>,
    /// The supervisor who decided.
    pub decided_by: Option<String>,
    /// When.
    pub decided_at: Option<DateTime<Utc>>,
}

/// Another employer record linked to this one.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct EmployerLinkView {
    /// The other employer record.
    pub employer_id: i64,
    /// Its name.
    pub name: Option<String>,
    /// What it is to this employer (`staffing_agency`, `contractor`, … or `…_of` read backwards).
    pub kind: String,
}

/// The employer of a case as the worker described it, with what the records add.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct CaseEmployer {
    /// Employer record.
    pub id: Option<i64>,
    /// Records linked to it.
    pub related: Vec<EmployerLinkView>,
    /// Violations found against it in the last five years.
    pub violations_within_5_years: u64,
    /// At least one such violation.
    pub repeat_offender: bool,
    /// Name as given.
    pub name: String,
    /// Address or place.
    pub address: Option<String>,
    /// Phone.
    pub phone: Option<String>,
    /// Industry code.
    pub industry: Option<String>,
    /// Supervisor's name.
    pub supervisor: Option<String>,
    /// Through a staffing agency (`yes`, `no`, `unsure`).
    pub staffing_agency: Option<String>,
    /// The agency's name.
    pub agency_name: Option<String>,
}

/// The job as the worker described it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct CaseJob {
    /// Role.
    pub role: Option<String>,
    /// First day.
    pub start: Option<NaiveDate>,
    /// Last day.
    pub end: Option<NaiveDate>,
    /// Still working there (`yes`, `no`, `unsure`).
    pub still_employed: Option<String>,
    /// Pay rate in cents.
    pub pay_rate_cents: Option<i64>,
    /// `hour`, `day`, `piece`, `salary`.
    pub pay_basis: Option<String>,
    /// `weekly`, `biweekly`, `monthly`, `irregular`.
    pub pay_frequency: Option<String>,
    /// Usual hours a week.
    pub usual_hours: Option<i32>,
    /// Paid in cash (`yes`, `no`, `unsure`).
    pub paid_cash: Option<String>,
}

/// The period the complaint covers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct Period {
    /// From.
    pub start: Option<NaiveDate>,
    /// To.
    pub end: Option<NaiveDate>,
}

/// Retaliation on the case: the flag, what raised it, and the reviews.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct CaseRetaliation {
    /// Any kind flagged.
    pub flagged: bool,
    /// The kinds flagged.
    pub kinds: Vec<String>,
    /// What raised each flag (which answer, which phrase); none once the key is destroyed.
    pub signals: Option<Vec<Signal>>,
    /// The latest review of each kind.
    pub review: Vec<RetaliationReview>,
    /// Referrals proposed for the case (a confirmed threat about immigration with wages unpaid),
    /// and the supervisor's decision on each (sealed at rest).
    #[serde(default)]
    pub referrals: Vec<Referral>,
}

/// A file attached to a case (its bytes are fetched separately).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct EvidenceItem {
    /// Evidence id (within the case).
    pub id: i64,
    /// `image`, `pdf` or `audio`.
    pub kind: String,
    /// MIME type of the stored bytes (photos are re-encoded: `image/jpeg` or `image/png`).
    pub content_type: String,
    /// Size of the stored bytes.
    pub size_bytes: i64,
    /// `worker` or `staff`.
    pub source: String,
    /// What it is, as the sender wrote it (sealed at rest).
    pub description: Option<String>,
    /// When it came.
    pub created_at: DateTime<Utc>,
}

/// A referral proposed for a case, and the supervisor's decision on it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct Referral {
    /// Where to.
    pub destination: crate::referral::Destination,
    /// Still proposed by the rules (a decision can outlive its proposal, e.g. after a review).
    pub proposed: bool,
    /// `None` while waiting for a supervisor; `Some(true)` approved, `Some(false)` declined.
    pub approved: Option<bool>,
    /// Who decided.
    pub decided_by: Option<String>,
    /// When.
    pub decided_at: Option<DateTime<Utc>>,
    /// Why (sealed at rest).
    pub reason: Option<String>,
}

/// The whole case for staff: personal data decrypted (reading it is audited).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct CaseDetail {
    /// Case id.
    pub id: i64,
    /// Tracking code.
    pub tracking_code: String,
    /// Workflow status.
    pub status: CaseStatus,
    /// How it was resolved.
    pub resolution: Option<Resolution>,
    /// Where the case may move next.
    pub next_statuses: Vec<CaseStatus>,
    /// The resolutions open from here.
    pub resolutions: Vec<Resolution>,
    /// Assigned staff member (email).
    pub assignee: Option<String>,
    /// Assigned staff member (id).
    pub assignee_id: Option<i64>,
    /// When the employer was sent the notice.
    pub notice_sent_on: Option<NaiveDate>,
    /// Every event, oldest first.
    pub timeline: Vec<TimelineEntry>,
    /// Notes, oldest first.
    pub notes: Vec<Note>,
    /// Determinations, newest first.
    pub determinations: Vec<Determination>,
    /// Deadlines.
    pub deadlines: Vec<Deadline>,
    /// Urgency.
    pub priority: Priority,
    /// The worker's language code.
    pub language: String,
    /// How it came in.
    pub channel: Channel,
    /// `worker` or `advocate`.
    pub filed_by: String,
    /// The advocate's organisation.
    pub organisation: Option<String>,
    /// Filed anonymously.
    pub anonymous: bool,
    /// When it was filed.
    pub created_at: DateTime<Utc>,
    /// The employer.
    pub employer: CaseEmployer,
    /// The job.
    pub job: CaseJob,
    /// Violation codes.
    pub violations: Vec<String>,
    /// The period.
    pub period: Period,
    /// The worker's estimate, in cents.
    pub estimated_owed_cents: Option<i64>,
    /// Coworkers treated the same way.
    pub coworkers_affected: Option<i32>,
    /// The worker's answers about threats.
    pub retaliation_answers: RetaliationAnswers,
    /// The retaliation flag and its reviews.
    pub retaliation: CaseRetaliation,
    /// First contact due.
    pub first_contact_due: Option<NaiveDate>,
    /// Contact details (personal).
    pub contact: Option<Contact>,
    /// The worker's account (personal).
    pub narrative: Option<String>,
    /// More about threats (personal).
    pub retaliation_details: Option<String>,
    /// The case key was destroyed: the personal data is gone for good.
    pub personal_data_disposed: bool,
}

/// One event of the timeline as an advocate sees it: what the worker would see on `/status`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct AdvocateTimelineEntry {
    /// When.
    pub at: DateTime<Utc>,
    /// What.
    pub kind: String,
    /// The new status, for status changes.
    pub status: Option<CaseStatus>,
}

/// A note shared with the worker, as an advocate sees it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct AdvocateNote {
    /// When.
    pub at: DateTime<Utc>,
    /// The text.
    pub body: Option<String>,
}

/// The case as an advocate who filed it sees it. **An allow-list**: it is built field by field
/// from [`CaseDetail`], so a field added to the staff view stays invisible to advocates until
/// someone adds it here on purpose. No internal notes, move reasons, staff names, reviews,
/// determinations in progress or employer records.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct AdvocateCaseView {
    /// Case id.
    pub id: i64,
    /// Tracking code.
    pub tracking_code: String,
    /// Workflow status.
    pub status: CaseStatus,
    /// How it was resolved.
    pub resolution: Option<Resolution>,
    /// The worker's language code.
    pub language: String,
    /// How it came in.
    pub channel: Channel,
    /// `worker` or `advocate`.
    pub filed_by: String,
    /// The advocate's organisation.
    pub organisation: Option<String>,
    /// Filed anonymously.
    pub anonymous: bool,
    /// When it was filed.
    pub created_at: DateTime<Utc>,
    /// The employer's name as given.
    pub employer_name: String,
    /// Violation codes.
    pub violations: Vec<String>,
    /// Deadlines.
    pub deadlines: Vec<Deadline>,
    /// What the worker sees of the timeline.
    pub timeline: Vec<AdvocateTimelineEntry>,
    /// Notes shared with the worker.
    pub notes: Vec<AdvocateNote>,
    /// Contact details the worker gave.
    pub contact: Option<Contact>,
    /// The worker's account.
    pub narrative: Option<String>,
    /// The case key was destroyed.
    pub personal_data_disposed: bool,
}

impl From<&CaseDetail> for AdvocateCaseView {
    fn from(c: &CaseDetail) -> AdvocateCaseView {
        AdvocateCaseView {
            id: c.id,
            tracking_code: c.tracking_code.clone(),
            status: c.status,
            resolution: c.resolution,
            language: c.language.clone(),
            channel: c.channel,
            filed_by: c.filed_by.clone(),
            organisation: c.organisation.clone(),
            anonymous: c.anonymous,
            created_at: c.created_at,
            employer_name: c.employer.name.clone(),
            violations: c.violations.clone(),
            deadlines: c.deadlines.clone(),
            timeline: c
                .timeline
                .iter()
                .filter(|e| e.visible_to_worker)
                .map(|e| AdvocateTimelineEntry { at: e.at, kind: e.kind.clone(), status: e.status })
                .collect(),
            notes: c
                .notes
                .iter()
                .filter(|n| n.visible_to_worker)
                .map(|n| AdvocateNote { at: n.at, body: n.body.clone() })
                .collect(),
            contact: c.contact.clone(),
            narrative: c.narrative.clone(),
            personal_data_disposed: c.personal_data_disposed,
        }
    }
}

/// A case as its reader may see it: staff get the whole case, advocates their allow-listed view.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(untagged)]
pub enum CaseView {
    /// Investigators, supervisors, admins.
    Staff(Box<CaseDetail>),
    /// The advocate's organisation filed it.
    Advocate(Box<AdvocateCaseView>),
}

/// An in-app notification.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct Notification {
    /// Notification id.
    pub id: i64,
    /// What happened (`retaliation_flagged`, …).
    pub kind: String,
    /// The case.
    pub case_id: i64,
    /// When.
    pub created_at: DateTime<Utc>,
}

/// One entry of a case's access history.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct AccessEntry {
    /// When.
    pub at: DateTime<Utc>,
    /// Who (staff email).
    pub actor: Option<String>,
    /// What (`read_personal_data`, `transition`, …).
    pub action: String,
    /// Which fields or what changed (never values).
    pub detail: Option<String>,
}

/// An employer's record (staff only).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct EmployerRecord {
    /// Record id.
    pub id: i64,
    /// Name.
    pub name: String,
    /// The key names are matched on.
    pub normalized_name: String,
    /// Other names it goes by.
    pub aliases: Vec<String>,
    /// Addresses given.
    pub addresses: Vec<String>,
    /// Linked records.
    pub links: Vec<EmployerLinkView>,
    /// Complaints against it.
    pub complaints: u64,
    /// Violations in the last five years.
    pub violations_within_5_years: u64,
    /// At least one.
    pub repeat_offender: bool,
    /// Its cases the reader may see.
    pub cases: Vec<CaseSummary>,
}

/// A batch of closed cases proposed for disposal (crypto-shredding): one person proposes, another
/// approves, the daily job (or `reclamo dispose`) carries it out.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct DisposalBatch {
    /// Batch id.
    pub id: i64,
    /// Who proposed it (a supervisor or admin).
    pub proposed_by: String,
    /// When.
    pub proposed_at: DateTime<Utc>,
    /// Who approved it (an admin, never the proposer).
    pub approved_by: Option<String>,
    /// When.
    pub approved_at: Option<DateTime<Utc>>,
    /// When it was carried out.
    pub carried_out_at: Option<DateTime<Utc>>,
    /// The cases in it.
    pub case_ids: Vec<i64>,
    /// How many of them are disposed (a case reopened before the batch ran is kept).
    pub disposed: usize,
}
