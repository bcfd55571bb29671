//! Gathers what a letter needs from a case and has the caller's renderer turn it into a PDF (the
//! words are the web layer's: services hold no catalogue). Letters contain personal data only
//! when the worker agreed to be named; generating one is audited. The first notice sets the
//! date from which the employer's 21 days run — only once the letter was made.

use super::work::open_determination;
use super::{CaseError, CaseService};
use crate::infra::entities::{complaint, complaint_violation, determination};
use crate::infra::pdf::letters::{AmountLine, LetterData, LetterKind, WorkerRef};
use crate::services::auth::{Actor, Role};
use chrono::Utc;
use reclamo_shared::complaint::{Contact, Violation};
use reclamo_shared::money::Cents;
use reclamo_shared::retaliation::RetaliationKind;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, IntoActiveModel, QueryFilter, QueryOrder,
    TransactionTrait,
};

impl CaseService {
    /// The letter as PDF bytes, made by `render` from the letter's data and the worker's language
    /// code (on a blocking thread). Demand and determination letters need a determination (the
    /// determination letter an approved one).
    pub async fn letter<R>(&self, actor: &Actor, id: i64, kind: LetterKind, render: R) -> Result<Vec<u8>, CaseError>
    where
        R: FnOnce(&LetterData, &str) -> Result<Vec<u8>, String> + Send + 'static,
    {
        let row = self.visible(actor, id).await?;
        if actor.role == Role::Advocate {
            return Err(CaseError::Forbidden);
        }
        super::work::works_on(actor, &row)?;
        let dk = self.data_key(&row).await?;
        let contact: Option<Contact> = match (&dk, &row.contact_ct) {
            (Some(dk), Some(ct)) => {
                dk.open(&row.tracking_code, "contact", ct).ok().and_then(|json| serde_json::from_slice(&json).ok())
            }
            _ => None,
        };
        let worker = match contact.filter(|c| c.share_name_with_employer && !row.anonymous).and_then(|c| c.name) {
            Some(name) => WorkerRef::Named(name),
            None => WorkerRef::Described {
                role: match &dk {
                    Some(dk) => super::facts::Facts::open(dk, &row)?.job_role,
                    None => None,
                },
                start: row.period_start.or(row.job_start).map(|d| d.to_string()),
                end: row.period_end.or(row.job_end).map(|d| d.to_string()),
            },
        };
        let violations: Vec<Violation> = complaint_violation::Entity::find()
            .filter(complaint_violation::Column::ComplaintId.eq(id))
            .all(&self.db)
            .await?
            .into_iter()
            .filter_map(|v| Violation::from_code(&v.code))
            .collect();
        let det = determination::Entity::find()
            .filter(determination::Column::ComplaintId.eq(id))
            .filter(determination::Column::State.ne("returned"))
            .order_by_desc(determination::Column::Id)
            .one(&self.db)
            .await?;
        let lines_of =
            |d: &determination::Model| lines_of(open_determination(dk.as_ref(), &row.tracking_code, d).lines);
        let (lines, total, approved_on) = match (kind, &det) {
            (LetterKind::Notice, _) => (vec![], Cents::ZERO, None),
            (LetterKind::Demand, Some(d)) => (lines_of(d), Cents(d.total_cents), None),
            (LetterKind::Determination, Some(d)) if d.state == "approved" => {
                (lines_of(d), Cents(d.total_cents), d.decided_at.map(|t| t.date_naive()))
            }
            (LetterKind::Referral(to), Some(d))
                if d.state == "approved" && self.referral_approved(&row, dk.as_ref(), to).await? =>
            {
                (lines_of(d), Cents(d.total_cents), d.decided_at.map(|t| t.date_naive()))
            }
            _ => return Err(CaseError::NeedsApproval),
        };
        // The retaliation found, by kind (the letter names the finding, never anything else).
        let mut findings: Vec<(RetaliationKind, u32)> = Vec::new();
        for source in lines.iter().filter(|l| l.code == "denver_retaliation_fine").filter_map(|l| l.source) {
            match findings.iter_mut().find(|(k, _)| *k == source.kind) {
                Some((_, n)) => *n = (*n).max(source.instance),
                None => findings.push((source.kind, source.instance)),
            }
        }
        let data = LetterData {
            kind,
            case_ref: format!("D-{:06}", row.id),
            date: Utc::now().date_naive(),
            employer: row.employer_name.clone(),
            employer_address: row.employer_address.clone(),
            worker,
            violations,
            lines,
            total,
            approved_on,
            findings,
        };
        let language = row.language.clone();
        let pdf = tokio::task::spawn_blocking(move || render(&data, &language))
            .await
            .map_err(|e| CaseError::Internal(e.to_string()))?
            .map_err(CaseError::Internal)?;
        let txn = self.db.begin().await?;
        if kind == LetterKind::Notice && row.notice_sent_on.is_none() {
            let mut m: complaint::ActiveModel = row.clone().into_active_model();
            m.notice_sent_on = Set(Some(Utc::now().date_naive()));
            m.update(&txn).await?;
            self.internal_event(&txn, actor, &row, "notice_sent").await?;
        }
        self.audit(&txn, actor, &format!("letter_{}", kind.code()), id, None).await?;
        txn.commit().await?;
        Ok(pdf)
    }
}

fn lines_of(lines: Vec<reclamo_shared::remedy::Line>) -> Vec<AmountLine> {
    lines
        .into_iter()
        .map(|l| AmountLine {
            code: l.code,
            amount: Cents(l.amount_cents),
            citation: l.citation,
            verify: l.verify_with_counsel,
            policy: l.policy,
            source: l.source,
        })
        .collect()
}
