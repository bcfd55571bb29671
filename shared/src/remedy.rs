//! Remedy calculator: what a worker is owed — back wages, interest, damages, penalties and fines —
//! shown line by line, each line with its arithmetic and its citation, so a worker, an employer and
//! an investigator can all follow it.
//!
//! Rules are data ([`RULES`]): every line the calculator can emit has exactly one [`Rule`] that
//! supplies its label, citation and "verify with counsel" flag. Several rules are marked unverified
//! (see `DOMAIN.md`, "Penalties and remedies"); the UI must say so.
//!
//! # Arithmetic
//! * Money is integer cents ([`Cents`]); hours are integer hundredths of an hour. No floating point.
//! * Every division rounds **half up** (half away from zero; every rounded quantity here is
//!   non-negative) to the nearest cent, and happens **once per work period and line**: products are
//!   summed exactly first, then divided. Interest is rounded per period and the rounded amounts are
//!   summed.
//! * A work period crossing January 1 is split into calendar-year pieces. Its hours (and overtime
//!   hours) are prorated by calendar days with cumulative rounding (the hours up to the end of each
//!   piece are `round(total × days so far / all days)`), so the pieces always add up to the whole.
//!   Each piece is paid at its own year's minimum wage; the period's pay is compared with the sum.
//! * All arithmetic is checked: an overflow is [`CalcError::Overflow`], never a wrong number.

use crate::money::Cents;
use crate::retaliation::RetaliationKind;
use crate::wage::{Jurisdiction, minimum_wage_on};
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use std::fmt;

/// The most work periods one calculation accepts.
pub const MAX_WORK_PERIODS: usize = 500;

/// The most calendar-year pieces the work periods may split into (a period crossing January 1
/// counts once per calendar year it touches). Keeps a single absurd period from costing much.
pub const MAX_PERIOD_PIECES: usize = 2 * MAX_WORK_PERIODS;

/// The most confirmed instances of retaliation one calculation accepts (all kinds together).
pub const MAX_RETALIATION_INSTANCES: u32 = 200;

/// The policy's escalation for immigration threats, in percent of the Denver retaliation fine
/// of each such instance, when the server configures none (`RECLAMO_POLICY_ESCALATION_PERCENT`).
pub const POLICY_ESCALATION_PERCENT: u32 = 100;

/// Annual simple interest on unpaid wages, in percent.
pub const INTEREST_PERCENT_PER_YEAR: i64 = 12;

/// Denver's fine per instance of retaliation: $5,000.
pub const DENVER_RETALIATION_FINE: Cents = Cents(500_000);
/// C.R.S. 8-4-109 penalty floor when not willful: $1,000.
pub const CRS_8_4_109_FLOOR: Cents = Cents(100_000);
/// C.R.S. 8-4-109 penalty floor when willful: $3,000.
pub const CRS_8_4_109_WILLFUL_FLOOR: Cents = Cents(300_000);
/// C.R.S. 8-4-120 retaliation penalty per day per employee: $50.
pub const CRS_8_4_120_DAILY: Cents = Cents(5_000);
/// C.R.S. 8-4-120 liquidated damages floor: $2,000.
pub const CRS_8_4_120_LIQUIDATED_FLOOR: Cents = Cents(200_000);

/// Where the work was performed, which decides the minimum wage and whether Denver's ordinance
/// applies. Colorado state law applies in both.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum CalcJurisdiction {
    /// Work performed in the City and County of Denver: Denver's minimum wage and Civil Wage Theft
    /// Ordinance, plus Colorado state law.
    Denver,
    /// Work performed elsewhere in Colorado: state law only.
    Colorado,
}

impl From<CalcJurisdiction> for Jurisdiction {
    fn from(j: CalcJurisdiction) -> Self {
        match j {
            CalcJurisdiction::Denver => Jurisdiction::Denver,
            CalcJurisdiction::Colorado => Jurisdiction::Colorado,
        }
    }
}

/// One stretch of work (a pay period, a week, a shift) and what was paid for it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct WorkPeriod {
    /// First day of the period.
    pub start: NaiveDate,
    /// Last day of the period, inclusive (`end >= start`). Wages are due the day after.
    pub end: NaiveDate,
    /// All hours worked in the period, in hundredths of an hour, including overtime hours.
    pub hours_hundredths: i64,
    /// Of those, the hours over 40 a week or 12 a day (Colorado COMPS), in hundredths of an hour.
    #[serde(default)]
    pub overtime_hours_hundredths: i64,
    /// What the employer actually paid for the period. A negative amount (money taken from the
    /// worker) adds to what is owed.
    pub paid: Cents,
    /// The agreed hourly rate; `None` means the minimum wage. A rate below the minimum wage is
    /// raised to it.
    #[serde(default)]
    pub promised_hourly: Option<Cents>,
    /// Whether the worker received tips (the tipped minimum cash wage applies).
    #[serde(default)]
    pub tipped: bool,
}

fn one() -> u32 {
    1
}

/// Everything the calculator needs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct CalcInput {
    /// Where the work was performed.
    pub jurisdiction: CalcJurisdiction,
    /// Interest runs to this date (usually today, or the payment date).
    pub as_of: NaiveDate,
    /// The work periods (1 to [`MAX_WORK_PERIODS`]).
    pub work_periods: Vec<WorkPeriod>,
    /// Confirmed instances of retaliation, by kind. Each kind's tier ([`ESCALATIONS`]) decides
    /// the penalty lines it adds.
    #[serde(default)]
    pub retaliation: Vec<RetaliationCount>,
    /// Deprecated: confirmed instances of an unrecorded kind, counted as `other_threat` (the
    /// lowest tier). Use [`CalcInput::retaliation`].
    #[serde(default)]
    pub retaliation_instances: u32,
    /// Days the retaliation lasted (C.R.S. 8-4-120 per-day penalty).
    #[serde(default)]
    pub retaliation_days: u32,
    /// Employees affected (at least 1; 0 is read as 1).
    #[serde(default = "one")]
    pub employees: u32,
    /// The wages were still unpaid 14 days after a written demand (the C.R.S. 8-4-109 penalty
    /// applies only then).
    #[serde(default)]
    pub written_demand_unpaid_14_days: bool,
    /// The employer's violation was willful.
    #[serde(default)]
    pub willful: bool,
    /// The employer had a violation within the previous 5 years (makes it willful under
    /// C.R.S. 8-4-109).
    #[serde(default)]
    pub prior_violation_within_5_years: bool,
    /// The policy's escalation for immigration threats, in percent (`None`:
    /// [`POLICY_ESCALATION_PERCENT`]). The server sets it from its configuration.
    #[serde(default)]
    pub policy_escalation_percent: Option<u32>,
}

/// Confirmed instances of one kind of retaliation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct RetaliationCount {
    /// The kind, as the screening names it.
    pub kind: RetaliationKind,
    /// How many instances a person confirmed.
    pub instances: u32,
}

/// Which confirmed instance of retaliation a line comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct LineSource {
    /// The kind of retaliation.
    pub kind: RetaliationKind,
    /// Which instance of that kind, from 1.
    pub instance: u32,
}

/// One line of a calculation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct Line {
    /// Stable code of the [`Rule`] behind the line, e.g. `"minimum_wage_shortfall"`.
    pub code: String,
    /// English label (the UI translates by code).
    pub label: String,
    /// The amount, in cents.
    pub amount_cents: i64,
    /// The arithmetic, e.g. `"40.00 h × $19.29 − $500.00 paid = $271.60"`. ASCII apart from `×`
    /// and `−`.
    pub work: String,
    /// Where the rule comes from.
    pub citation: String,
    /// The rule (or how it is applied here) is not verified: show it as such.
    pub verify_with_counsel: bool,
    /// The line rests on the city's policy, not on enacted law: show it as such.
    #[serde(default)]
    pub policy: bool,
    /// The confirmed instance of retaliation the line comes from, for retaliation lines.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<LineSource>,
}

/// The result: the lines, in [`RULES`] order, and their totals.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct Calculation {
    /// Non-zero lines only (a fully paid worker gets no lines and a total of 0).
    pub lines: Vec<Line>,
    /// Sum of all lines, in cents.
    pub total_cents: i64,
    /// Unpaid wages: minimum wage shortfall + unpaid agreed wages + overtime premium, in cents.
    pub unpaid_wages_cents: i64,
}

/// Why a calculation could not be made. Period indexes are 0-based positions in
/// [`CalcInput::work_periods`]; the English message numbers periods from 1.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CalcError {
    /// No work periods were given.
    NoPeriods,
    /// The period ends before it starts.
    PeriodEndsBeforeStart(usize),
    /// The period has negative hours or negative overtime hours.
    NegativeHours(usize),
    /// The period has more overtime hours than hours.
    OvertimeExceedsHours(usize),
    /// No minimum wage is on file for (part of) the period.
    NoMinimumWage(usize),
    /// More than [`MAX_WORK_PERIODS`] periods, or more than [`MAX_PERIOD_PIECES`] calendar-year
    /// pieces once periods are split at January 1.
    TooManyPeriods,
    /// An amount is too large to calculate.
    Overflow,
    /// More than [`MAX_RETALIATION_INSTANCES`] confirmed instances of retaliation.
    TooManyInstances,
}

impl CalcError {
    /// A stable code for the error, e.g. `"period_ends_before_start"` (the UI translates by code).
    pub fn code(&self) -> &'static str {
        match self {
            CalcError::NoPeriods => "no_periods",
            CalcError::PeriodEndsBeforeStart(_) => "period_ends_before_start",
            CalcError::NegativeHours(_) => "negative_hours",
            CalcError::OvertimeExceedsHours(_) => "overtime_exceeds_hours",
            CalcError::NoMinimumWage(_) => "no_minimum_wage",
            CalcError::TooManyPeriods => "too_many_periods",
            CalcError::Overflow => "overflow",
            CalcError::TooManyInstances => "too_many_instances",
        }
    }
}

impl fmt::Display for CalcError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CalcError::NoPeriods => write!(f, "no work periods were entered"),
            CalcError::PeriodEndsBeforeStart(i) => write!(f, "work period {} ends before it starts", i + 1),
            CalcError::NegativeHours(i) => write!(f, "work period {} has negative hours", i + 1),
            CalcError::OvertimeExceedsHours(i) => {
                write!(f, "work period {} has more overtime hours than hours worked", i + 1)
            }
            CalcError::NoMinimumWage(i) => write!(f, "no minimum wage is on file for work period {}", i + 1),
            CalcError::TooManyPeriods => write!(
                f,
                "too many work periods (at most {MAX_WORK_PERIODS}, and at most {MAX_PERIOD_PIECES} calendar-year pieces)"
            ),
            CalcError::Overflow => write!(f, "the amounts are too large to calculate"),
            CalcError::TooManyInstances => {
                write!(f, "too many instances of retaliation (at most {MAX_RETALIATION_INSTANCES})")
            }
        }
    }
}

impl std::error::Error for CalcError {}

/// How a rule differs for work performed outside Denver (a different source, or a different
/// certainty).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct ColoradoVariant {
    /// The citation used for [`CalcJurisdiction::Colorado`].
    pub citation: &'static str,
    /// The "verify with counsel" flag used for [`CalcJurisdiction::Colorado`].
    pub verify_with_counsel: bool,
}

/// One rule of the calculator, as data.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct Rule {
    /// Stable code, also the [`Line::code`] of the lines it produces.
    pub code: &'static str,
    /// English label.
    pub label: &'static str,
    /// Citation (Denver's, when [`Rule::colorado`] gives a different one for the rest of the state).
    pub citation: &'static str,
    /// First day of work the rule is applied to, as `(year, month, day)`. Where the law itself is
    /// older than this calculator's wage table, this is no later than the law's effective date.
    pub effective_from: (i32, u32, u32),
    /// Last day of work the rule applies to, inclusive (`None` = still in force).
    pub effective_to: Option<(i32, u32, u32)>,
    /// The rule or its application here is unverified: show it as such.
    pub verify_with_counsel: bool,
    /// `Some` = applies only to work in that jurisdiction; `None` = state law, applies in both.
    pub jurisdiction: Option<CalcJurisdiction>,
    /// A different citation or certainty for work outside Denver.
    pub colorado: Option<ColoradoVariant>,
    /// The rule comes from the city's policy and is not yet enacted law.
    pub policy: bool,
}

impl Rule {
    /// Whether the rule applies to work performed in `j`.
    pub fn applies_in(&self, j: CalcJurisdiction) -> bool {
        self.jurisdiction.is_none_or(|only| only == j)
    }

    /// The citation for work performed in `j`.
    pub fn citation_in(&self, j: CalcJurisdiction) -> &'static str {
        match (j, self.colorado) {
            (CalcJurisdiction::Colorado, Some(v)) => v.citation,
            _ => self.citation,
        }
    }

    /// The "verify with counsel" flag for work performed in `j`.
    pub fn verify_with_counsel_in(&self, j: CalcJurisdiction) -> bool {
        match (j, self.colorado) {
            (CalcJurisdiction::Colorado, Some(v)) => v.verify_with_counsel,
            _ => self.verify_with_counsel,
        }
    }

    /// [`Rule::effective_from`] as a date.
    pub fn effective_from_date(&self) -> Option<NaiveDate> {
        let (y, m, d) = self.effective_from;
        NaiveDate::from_ymd_opt(y, m, d)
    }

    /// [`Rule::effective_to`] as a date.
    pub fn effective_to_date(&self) -> Option<NaiveDate> {
        self.effective_to.and_then(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d))
    }

    /// Whether the rule is in force on `date`.
    pub fn in_force_on(&self, date: NaiveDate) -> bool {
        self.effective_from_date().is_some_and(|from| from <= date)
            && self.effective_to_date().is_none_or(|to| date <= to)
    }

    fn line(&self, j: CalcJurisdiction, amount: i64, work: String, source: Option<LineSource>) -> Line {
        Line {
            code: self.code.to_string(),
            label: self.label.to_string(),
            amount_cents: amount,
            work,
            citation: self.citation_in(j).to_string(),
            verify_with_counsel: self.verify_with_counsel_in(j),
            policy: self.policy,
            source,
        }
    }
}

const MINIMUM_WAGE_SHORTFALL: Rule = Rule {
    code: "minimum_wage_shortfall",
    label: "Minimum wage shortfall",
    citation: "Denver Revised Municipal Code ch. 58, art. V (minimum wage)",
    // Denver's minimum wage ordinance; the state minimum wage is older.
    effective_from: (2020, 1, 1),
    effective_to: None,
    verify_with_counsel: false,
    jurisdiction: None,
    colorado: Some(ColoradoVariant {
        citation: "C.R.S. 8-6-101 et seq.; Colorado Constitution art. XVIII § 15",
        verify_with_counsel: false,
    }),
    policy: false,
};

const UNPAID_WAGES: Rule = Rule {
    code: "unpaid_wages",
    label: "Unpaid agreed wages above the minimum wage",
    citation: "C.R.S. 8-4-103 (wages due)",
    // Long-standing law; a floor, not the enactment date.
    effective_from: (2020, 1, 1),
    effective_to: None,
    verify_with_counsel: false,
    jurisdiction: None,
    colorado: None,
    policy: false,
};

const OVERTIME: Rule = Rule {
    code: "overtime",
    label: "Unpaid overtime premium",
    citation: "Colorado Overtime and Minimum Pay Standards Order (COMPS) Rule 1.1, 4.1 (7 CCR 1103-1)",
    // COMPS Order #36.
    effective_from: (2020, 3, 16),
    effective_to: None,
    verify_with_counsel: false,
    jurisdiction: None,
    colorado: None,
    policy: false,
};

const INTEREST: Rule = Rule {
    code: "interest",
    label: "Interest at 12% per year",
    citation: "Denver Civil Wage Theft Ordinance (CB22-1614), DRMC ch. 58 art. I — 12% annual interest",
    // The Denver ordinance's effective date; the state statutes are older.
    effective_from: (2023, 1, 1),
    effective_to: None,
    verify_with_counsel: false,
    jurisdiction: None,
    colorado: Some(ColoradoVariant { citation: "C.R.S. 8-4-120 / 5-12-102 (12% interest)", verify_with_counsel: true }),
    policy: false,
};

const DENVER_TREBLE_DAMAGES: Rule = Rule {
    code: "denver_treble_damages",
    label: "Denver treble damages",
    citation: "Denver Civil Wage Theft Ordinance (CB22-1614), DRMC ch. 58 art. I — section numbers unverified",
    effective_from: (2023, 1, 1),
    effective_to: None,
    // Whether "treble" includes the wages themselves is unverified.
    verify_with_counsel: true,
    jurisdiction: Some(CalcJurisdiction::Denver),
    colorado: None,
    policy: false,
};

const DENVER_RETALIATION_FINE_RULE: Rule = Rule {
    code: "denver_retaliation_fine",
    label: "Denver retaliation fine",
    citation: "Denver Civil Wage Theft Ordinance (CB22-1614), DRMC ch. 58 art. I — $5,000 per instance of retaliation",
    effective_from: (2023, 1, 1),
    effective_to: None,
    // Section number unverified.
    verify_with_counsel: true,
    jurisdiction: Some(CalcJurisdiction::Denver),
    colorado: None,
    policy: false,
};

const CRS_8_4_109_PENALTY: Rule = Rule {
    code: "crs_8_4_109_penalty",
    label: "Penalty for wages unpaid 14 days after a written demand",
    citation: "C.R.S. 8-4-109(3)",
    // Current amounts (SB22-161).
    effective_from: (2023, 1, 1),
    effective_to: None,
    verify_with_counsel: false,
    jurisdiction: None,
    colorado: None,
    policy: false,
};

const CRS_8_4_120_DAILY_PENALTY: Rule = Rule {
    code: "crs_8_4_120_daily_penalty",
    label: "Retaliation penalty ($50 per day per employee)",
    citation: "C.R.S. 8-4-120",
    effective_from: (2023, 1, 1),
    effective_to: None,
    verify_with_counsel: true,
    jurisdiction: None,
    colorado: None,
    policy: false,
};

const CRS_8_4_120_LIQUIDATED_DAMAGES: Rule = Rule {
    code: "crs_8_4_120_liquidated_damages",
    label: "Retaliation liquidated damages",
    citation: "C.R.S. 8-4-120",
    effective_from: (2023, 1, 1),
    effective_to: None,
    verify_with_counsel: true,
    jurisdiction: None,
    colorado: None,
    policy: false,
};

const DENVER_AGGRAVATED_FINE: Rule = Rule {
    code: "denver_aggravated_fine",
    label: "Denver fine per worker, retaliation named as an aggravating factor (proposed)",
    citation: "Denver Civil Wage Theft Ordinance (CB22-1614), DRMC ch. 58 art. I — fine up to $25,000 per worker not paid; retaliation as an aggravating factor",
    effective_from: (2023, 1, 1),
    effective_to: None,
    // A discretionary fine: the amount proposed per tier is this project's reading.
    verify_with_counsel: true,
    jurisdiction: Some(CalcJurisdiction::Denver),
    colorado: None,
    policy: false,
};

const POLICY_ESCALATION: Rule = Rule {
    code: "policy_escalation",
    label: "Escalation for a threat to have the worker deported (city policy)",
    citation: "Sanctuary Protection Act § 5 (employers who threaten to have workers deported face harsher penalties) — policy, not yet enacted",
    effective_from: (2023, 1, 1),
    effective_to: None,
    verify_with_counsel: true,
    jurisdiction: Some(CalcJurisdiction::Denver),
    colorado: None,
    policy: true,
};

/// How severe a kind of retaliation is, which decides the penalties it adds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Tier {
    /// Threats about immigration or the police, or reports to them: every retaliation line at its
    /// maximum, the per-worker fine at $25,000, and the policy's escalation.
    Severe,
    /// Violence or intimidation, and firing: the per-worker fine proposed at $10,000.
    Serious,
    /// Hours or pay cut, blacklisting, other threats: the per-instance and state lines only.
    Standard,
}

/// What one kind of retaliation adds, as data.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct Escalation {
    /// The kind.
    pub kind: RetaliationKind,
    /// Its tier.
    pub tier: Tier,
    /// The per-worker fine proposed under [`DENVER_AGGRAVATED_FINE`] (Denver, when wages were
    /// unpaid), naming this kind as the aggravating factor; zero adds no such line.
    pub aggravated_fine_per_worker: Cents,
    /// Whether the policy's escalation ([`POLICY_ESCALATION`]) applies to each instance.
    pub policy_escalation: bool,
    /// A flagged case of this kind gets its first contact within this many business days.
    pub first_contact_business_days: u32,
    /// An overdue first contact notifies every supervisor again each day it stays overdue.
    pub daily_overdue_notice: bool,
    /// Why, in a line, for the calculator's work text.
    pub why: &'static str,
}

/// Each kind of retaliation and what it adds, most severe first. The Denver retaliation fine
/// ($5,000 per instance, its maximum) and the state lines (C.R.S. 8-4-120) apply to every kind;
/// the tiers add the rest.
pub const ESCALATIONS: &[Escalation] = &[
    Escalation {
        kind: RetaliationKind::ImmigrationThreat,
        tier: Tier::Severe,
        aggravated_fine_per_worker: Cents(2_500_000),
        policy_escalation: true,
        first_contact_business_days: 1,
        daily_overdue_notice: true,
        why: "threat to call immigration or the police, or a report to them: most severe tier",
    },
    Escalation {
        kind: RetaliationKind::ViolenceOrIntimidation,
        tier: Tier::Serious,
        aggravated_fine_per_worker: Cents(1_000_000),
        policy_escalation: false,
        first_contact_business_days: 2,
        daily_overdue_notice: false,
        why: "violence or intimidation: serious tier",
    },
    Escalation {
        kind: RetaliationKind::Termination,
        tier: Tier::Serious,
        aggravated_fine_per_worker: Cents(1_000_000),
        policy_escalation: false,
        first_contact_business_days: 2,
        daily_overdue_notice: false,
        why: "fired for complaining: serious tier",
    },
    Escalation {
        kind: RetaliationKind::HoursOrPayCut,
        tier: Tier::Standard,
        aggravated_fine_per_worker: Cents::ZERO,
        policy_escalation: false,
        first_contact_business_days: 2,
        daily_overdue_notice: false,
        why: "hours or pay cut: standard tier",
    },
    Escalation {
        kind: RetaliationKind::Blacklisting,
        tier: Tier::Standard,
        aggravated_fine_per_worker: Cents::ZERO,
        policy_escalation: false,
        first_contact_business_days: 2,
        daily_overdue_notice: false,
        why: "blacklisting: standard tier",
    },
    Escalation {
        kind: RetaliationKind::OtherThreat,
        tier: Tier::Standard,
        aggravated_fine_per_worker: Cents::ZERO,
        policy_escalation: false,
        first_contact_business_days: 2,
        daily_overdue_notice: false,
        why: "other threat: standard tier",
    },
];

/// What `kind` adds.
pub fn escalation(kind: RetaliationKind) -> &'static Escalation {
    ESCALATIONS.iter().find(|e| e.kind == kind).unwrap_or(&ESCALATIONS[ESCALATIONS.len() - 1])
}

/// Business days to the first contact of a case flagged with `kinds`: the strictest kind's
/// (1 for a threat about immigration, else 2; `None` when nothing is flagged).
pub fn first_contact_business_days<'a>(kinds: impl IntoIterator<Item = &'a RetaliationKind>) -> Option<u32> {
    kinds.into_iter().map(|k| escalation(*k).first_contact_business_days).min()
}

/// Every rule the calculator applies, in the order lines are emitted. Each line code has exactly
/// one rule here. All rules are in force for every year the minimum wage table covers (2024 on),
/// so the calculator does not filter by effective date; the dates are for display and audit.
pub const RULES: &[Rule] = &[
    MINIMUM_WAGE_SHORTFALL,
    UNPAID_WAGES,
    OVERTIME,
    INTEREST,
    DENVER_TREBLE_DAMAGES,
    DENVER_RETALIATION_FINE_RULE,
    DENVER_AGGRAVATED_FINE,
    POLICY_ESCALATION,
    CRS_8_4_109_PENALTY,
    CRS_8_4_120_DAILY_PENALTY,
    CRS_8_4_120_LIQUIDATED_DAMAGES,
];

/// The rule with this line code.
pub fn rule(code: &str) -> Option<&'static Rule> {
    RULES.iter().find(|r| r.code == code)
}

// ---------------------------------------------------------------------------------------------
// Checked arithmetic
// ---------------------------------------------------------------------------------------------

fn add(a: i64, b: i64) -> Result<i64, CalcError> {
    a.checked_add(b).ok_or(CalcError::Overflow)
}

fn sub(a: i64, b: i64) -> Result<i64, CalcError> {
    a.checked_sub(b).ok_or(CalcError::Overflow)
}

fn mul(a: i64, b: i64) -> Result<i64, CalcError> {
    a.checked_mul(b).ok_or(CalcError::Overflow)
}

fn sum(values: impl IntoIterator<Item = i64>) -> Result<i64, CalcError> {
    values.into_iter().try_fold(0i64, add)
}

/// `n / d` rounded half up (half away from zero), for `d > 0`; exact for any `d`:
/// `(2n + d) / 2d` with truncating division on the magnitude.
fn div_round(n: i128, d: i128) -> Result<i64, CalcError> {
    let two_n = n.unsigned_abs().checked_mul(2).ok_or(CalcError::Overflow)?;
    let d = d.unsigned_abs();
    let q = two_n.checked_add(d).ok_or(CalcError::Overflow)? / d.checked_mul(2).ok_or(CalcError::Overflow)?;
    let q = i64::try_from(q).map_err(|_| CalcError::Overflow)?;
    Ok(if n < 0 { -q } else { q })
}

/// Σ rate × hundredths-of-hours over `terms`, divided by `divisor` × 100 and rounded half up.
fn products(terms: impl IntoIterator<Item = (Cents, i64)>, divisor: i128) -> Result<i64, CalcError> {
    let mut total: i128 = 0;
    for (rate, hundredths) in terms {
        let p = i128::from(rate.0).checked_mul(i128::from(hundredths)).ok_or(CalcError::Overflow)?;
        total = total.checked_add(p).ok_or(CalcError::Overflow)?;
    }
    div_round(total, divisor.checked_mul(100).ok_or(CalcError::Overflow)?)
}

fn hours_text(hundredths: i64) -> String {
    let sign = if hundredths < 0 { "-" } else { "" };
    let abs = hundredths.unsigned_abs();
    format!("{sign}{}.{:02} h", abs / 100, abs % 100)
}

fn money(cents: i64) -> String {
    Cents(cents).to_string()
}

// ---------------------------------------------------------------------------------------------
// Per-period assessment
// ---------------------------------------------------------------------------------------------

/// One calendar-year piece of a work period.
struct Piece {
    year: i32,
    days: i64,
    hours: i64,
    overtime: i64,
    /// The applicable minimum wage (tipped if the period is tipped).
    minimum: Cents,
    /// The regular rate: the agreed rate, never below the minimum.
    regular: Cents,
}

/// What one work period owes.
struct Assessed<'a> {
    period: &'a WorkPeriod,
    pieces: Vec<Piece>,
    shortfall: i64,
    unpaid: i64,
    /// Overtime premium before crediting pay above straight time.
    premium: i64,
    /// Pay above straight time, credited against the premium (at most the premium).
    credit: i64,
    overtime: i64,
}

impl Assessed<'_> {
    fn owed(&self) -> Result<i64, CalcError> {
        sum([self.shortfall, self.unpaid, self.overtime])
    }

    fn label(&self) -> String {
        let p = self.period;
        let span = if p.start == p.end { p.start.to_string() } else { format!("{} to {}", p.start, p.end) };
        if p.tipped { format!("{span} (tipped)") } else { span }
    }

    /// `80.00 h × $19.29`, or for a split period
    /// `(2025: 3 d, 30.00 h × $18.81) + (2026: 4 d, 40.00 h × $19.29)`.
    fn terms(&self, pick: impl Fn(&Piece) -> (i64, Cents)) -> String {
        match self.pieces.as_slice() {
            [only] => {
                let (h, r) = pick(only);
                format!("{} × {r}", hours_text(h))
            }
            pieces => pieces
                .iter()
                .map(|piece| {
                    let (h, r) = pick(piece);
                    format!("({}: {} d, {} × {r})", piece.year, piece.days, hours_text(h))
                })
                .collect::<Vec<_>>()
                .join(" + "),
        }
    }
}

fn year_bounds(year: i32) -> Result<(NaiveDate, NaiveDate), CalcError> {
    match (NaiveDate::from_ymd_opt(year, 1, 1), NaiveDate::from_ymd_opt(year, 12, 31)) {
        (Some(a), Some(b)) => Ok((a, b)),
        _ => Err(CalcError::Overflow),
    }
}

fn assess(index: usize, period: &WorkPeriod, j: CalcJurisdiction) -> Result<Assessed<'_>, CalcError> {
    let all_days = (period.end - period.start).num_days() + 1;
    let mut pieces = Vec::new();
    let (mut days_so_far, mut hours_so_far, mut overtime_so_far) = (0i64, 0i64, 0i64);
    for year in period.start.year()..=period.end.year() {
        let (jan1, dec31) = year_bounds(year)?;
        let from = period.start.max(jan1);
        let to = period.end.min(dec31);
        let days = (to - from).num_days() + 1;
        days_so_far = add(days_so_far, days)?;
        // Cumulative proration: the pieces add up to the whole exactly.
        let hours_cum = div_round(i128::from(period.hours_hundredths) * i128::from(days_so_far), i128::from(all_days))?;
        let overtime_cum =
            div_round(i128::from(period.overtime_hours_hundredths) * i128::from(days_so_far), i128::from(all_days))?;
        let wage = minimum_wage_on(j.into(), from).ok_or(CalcError::NoMinimumWage(index))?;
        let minimum = if period.tipped { wage.tipped } else { wage.hourly };
        let regular = period.promised_hourly.map_or(minimum, |p| p.max(minimum));
        pieces.push(Piece {
            year,
            days,
            hours: sub(hours_cum, hours_so_far)?,
            overtime: sub(overtime_cum, overtime_so_far)?,
            minimum,
            regular,
        });
        hours_so_far = hours_cum;
        overtime_so_far = overtime_cum;
    }

    let paid = period.paid.0;
    let at_minimum = products(pieces.iter().map(|p| (p.minimum, p.hours)), 1)?;
    let at_regular = products(pieces.iter().map(|p| (p.regular, p.hours)), 1)?;
    let shortfall = sub(at_minimum, paid)?.max(0);
    let unpaid = sub(sub(at_regular, paid)?.max(0), shortfall)?;
    // Half the regular rate per overtime hour: the straight time is already in `at_regular`.
    let premium = products(pieces.iter().map(|p| (p.regular, p.overtime)), 2)?;
    let credit = sub(paid, at_regular)?.clamp(0, premium.max(0));
    let overtime = sub(premium, credit)?;
    Ok(Assessed { period, pieces, shortfall, unpaid, premium, credit, overtime })
}

fn validate(input: &CalcInput) -> Result<(), CalcError> {
    if input.work_periods.is_empty() {
        return Err(CalcError::NoPeriods);
    }
    if input.work_periods.len() > MAX_WORK_PERIODS {
        return Err(CalcError::TooManyPeriods);
    }
    let mut pieces: i64 = 0;
    for (i, p) in input.work_periods.iter().enumerate() {
        if p.end < p.start {
            return Err(CalcError::PeriodEndsBeforeStart(i));
        }
        if p.hours_hundredths < 0 || p.overtime_hours_hundredths < 0 {
            return Err(CalcError::NegativeHours(i));
        }
        if p.overtime_hours_hundredths > p.hours_hundredths {
            return Err(CalcError::OvertimeExceedsHours(i));
        }
        pieces = add(pieces, i64::from(p.end.year()) - i64::from(p.start.year()) + 1)?;
        if pieces > MAX_PERIOD_PIECES as i64 {
            return Err(CalcError::TooManyPeriods);
        }
    }
    Ok(())
}

/// Adds a line when it is non-zero and its rule applies in `j`.
fn emit(
    lines: &mut Vec<Line>,
    j: CalcJurisdiction,
    rule: &Rule,
    amount: i64,
    work: String,
    source: Option<LineSource>,
) {
    if amount != 0 && rule.applies_in(j) {
        lines.push(rule.line(j, amount, work, source));
    }
}

/// The confirmed instances by kind, most severe first, duplicates merged; the deprecated count
/// goes to `other_threat`.
fn retaliation_counts(input: &CalcInput) -> Result<Vec<(&'static Escalation, u32)>, CalcError> {
    let mut total: u32 = 0;
    let mut counts = Vec::new();
    for e in ESCALATIONS {
        let mut n: u32 = 0;
        for c in input.retaliation.iter().filter(|c| c.kind == e.kind) {
            n = n.checked_add(c.instances).ok_or(CalcError::TooManyInstances)?;
        }
        if e.kind == RetaliationKind::OtherThreat {
            n = n.checked_add(input.retaliation_instances).ok_or(CalcError::TooManyInstances)?;
        }
        total = total.checked_add(n).ok_or(CalcError::TooManyInstances)?;
        if n > 0 {
            counts.push((e, n));
        }
    }
    if total > MAX_RETALIATION_INSTANCES {
        return Err(CalcError::TooManyInstances);
    }
    Ok(counts)
}

/// Joins per-period work entries; several entries end with their total.
fn join_work(entries: Vec<String>, total: i64) -> String {
    if entries.len() == 1 { entries.concat() } else { format!("{}; total = {}", entries.join("; "), money(total)) }
}

/// Calculates everything owed. See the module documentation for the arithmetic and rounding.
///
/// Lines, in order, emitted only when non-zero:
/// 1. `minimum_wage_shortfall`: Σ max(0, minimum wage × hours − paid).
/// 2. `unpaid_wages`: the agreed pay above the minimum that was not paid.
/// 3. `overtime`: 0.5 × regular rate × overtime hours, less any pay above straight time.
/// 4. `interest`: 12% a year simple on each period's 1 + 2 + 3 from the day after it ends.
/// 5. `denver_treble_damages` (Denver): 2 × unpaid wages on top of the wages (3× in all).
/// 6. `denver_retaliation_fine` (Denver): $5,000 per confirmed instance of retaliation, one line
///    per instance, naming its kind.
///    `denver_aggravated_fine` (Denver, wages unpaid): the per-worker fine proposed for the most
///    severe kind's tier ([`ESCALATIONS`]) × employees, naming that kind as aggravating.
///    `policy_escalation` (Denver): per instance of an immigration threat, the policy's percent of
///    the $5,000 fine.
/// 7. `crs_8_4_109_penalty`: after a written demand unpaid 14 days, the greater of 2× unpaid or
///    $1,000; if willful (or a prior violation within 5 years), the greater of 3× or $3,000.
/// 8. `crs_8_4_120_daily_penalty`: with retaliation, $50 × days × employees.
/// 9. `crs_8_4_120_liquidated_damages`: with retaliation, the greater of 2× unpaid or $2,000.
pub fn calculate(input: &CalcInput) -> Result<Calculation, CalcError> {
    validate(input)?;
    let j = input.jurisdiction;
    let assessed =
        input.work_periods.iter().enumerate().map(|(i, p)| assess(i, p, j)).collect::<Result<Vec<_>, _>>()?;

    let counts = retaliation_counts(input)?;
    let mut lines: Vec<Line> = Vec::new();
    let mut push = |rule: &Rule, amount: i64, work: String| emit(&mut lines, j, rule, amount, work, None);

    // 1. Minimum wage shortfall.
    let shortfall = sum(assessed.iter().map(|a| a.shortfall))?;
    let entries = assessed
        .iter()
        .filter(|a| a.shortfall != 0)
        .map(|a| {
            format!(
                "{}: {} − {} paid = {}",
                a.label(),
                a.terms(|p| (p.hours, p.minimum)),
                a.period.paid,
                money(a.shortfall)
            )
        })
        .collect();
    push(&MINIMUM_WAGE_SHORTFALL, shortfall, join_work(entries, shortfall));

    // 2. Unpaid agreed wages above the minimum.
    let unpaid = sum(assessed.iter().map(|a| a.unpaid))?;
    let entries = assessed
        .iter()
        .filter(|a| a.unpaid != 0)
        .map(|a| {
            let less_shortfall = if a.shortfall != 0 {
                format!(" − {} minimum wage shortfall", money(a.shortfall))
            } else {
                String::new()
            };
            format!(
                "{}: {} − {} paid{less_shortfall} = {}",
                a.label(),
                a.terms(|p| (p.hours, p.regular)),
                a.period.paid,
                money(a.unpaid)
            )
        })
        .collect();
    push(&UNPAID_WAGES, unpaid, join_work(entries, unpaid));

    // 3. Overtime premium.
    let overtime = sum(assessed.iter().map(|a| a.overtime))?;
    let entries = assessed
        .iter()
        .filter(|a| a.overtime != 0)
        .map(|a| {
            let terms = a.terms(|p| (p.overtime, p.regular));
            let terms = if a.pieces.len() > 1 { format!("({terms})") } else { terms };
            let credit = if a.credit != 0 {
                format!(" − {} paid above straight time = {}", money(a.credit), money(a.overtime))
            } else {
                String::new()
            };
            format!("{}: 0.5 × {terms} = {}{credit}", a.label(), money(a.premium))
        })
        .collect();
    push(&OVERTIME, overtime, join_work(entries, overtime));

    let unpaid_wages = sum([shortfall, unpaid, overtime])?;

    // 4. Interest, per period, from the due date (the day after the period ends) to `as_of`.
    let mut interest_parts = Vec::new();
    for a in &assessed {
        let owed = a.owed()?;
        let Some(due) = a.period.end.succ_opt() else { continue };
        let days = (input.as_of - due).num_days();
        if owed <= 0 || days <= 0 {
            continue;
        }
        let numerator = i128::from(owed)
            .checked_mul(i128::from(INTEREST_PERCENT_PER_YEAR) * i128::from(days))
            .ok_or(CalcError::Overflow)?;
        let amount = div_round(numerator, 100 * 365)?;
        if amount != 0 {
            interest_parts.push((
                amount,
                format!(
                    "{}: {} × {INTEREST_PERCENT_PER_YEAR}% × {days} days / 365 ({due} to {}) = {}",
                    a.label(),
                    money(owed),
                    input.as_of,
                    money(amount)
                ),
            ));
        }
    }
    let interest = sum(interest_parts.iter().map(|(amount, _)| *amount))?;
    push(&INTEREST, interest, join_work(interest_parts.into_iter().map(|(_, w)| w).collect(), interest));

    // 5. Denver treble damages: 2× on top of the wages.
    let treble = mul(2, unpaid_wages)?;
    push(
        &DENVER_TREBLE_DAMAGES,
        treble,
        format!(
            "2 × {} unpaid wages = {} (treble = 3× unpaid; shown as 2× on top of the wages; verify whether inclusive)",
            money(unpaid_wages),
            money(treble)
        ),
    );

    // 6. Denver retaliation fine: one line per confirmed instance, most severe kinds first.
    for (e, n) in &counts {
        for instance in 1..=*n {
            emit(
                &mut lines,
                j,
                &DENVER_RETALIATION_FINE_RULE,
                DENVER_RETALIATION_FINE.0,
                format!(
                    "{} #{instance} ({}): {DENVER_RETALIATION_FINE} per instance of retaliation",
                    e.kind.code(),
                    e.why
                ),
                Some(LineSource { kind: e.kind, instance }),
            );
        }
    }

    // 6a. The per-worker fine, proposed for the most severe kind found when wages went unpaid.
    let employees = input.employees.max(1);
    let plural = if employees == 1 { "" } else { "s" };
    if let Some((e, _)) = counts.iter().find(|(e, _)| e.aggravated_fine_per_worker.0 > 0)
        && unpaid_wages > 0
    {
        let fine = mul(e.aggravated_fine_per_worker.0, i64::from(employees))?;
        emit(
            &mut lines,
            j,
            &DENVER_AGGRAVATED_FINE,
            fine,
            format!(
                "{} #1 named as the aggravating factor ({}): {} × {employees} worker{plural} not paid = {}",
                e.kind.code(),
                e.why,
                e.aggravated_fine_per_worker,
                money(fine)
            ),
            Some(LineSource { kind: e.kind, instance: 1 }),
        );
    }

    // 6b. The policy's escalation, per instance of the kinds it covers.
    let percent = input.policy_escalation_percent.unwrap_or(POLICY_ESCALATION_PERCENT);
    let escalated = div_round(i128::from(DENVER_RETALIATION_FINE.0) * i128::from(percent), 100)?;
    for (e, n) in counts.iter().filter(|(e, _)| e.policy_escalation) {
        for instance in 1..=*n {
            emit(
                &mut lines,
                j,
                &POLICY_ESCALATION,
                escalated,
                format!(
                    "{} #{instance}: {percent}% × {DENVER_RETALIATION_FINE} retaliation fine = {}",
                    e.kind.code(),
                    money(escalated)
                ),
                Some(LineSource { kind: e.kind, instance }),
            );
        }
    }

    // 7. C.R.S. 8-4-109 penalty after a written demand.
    if input.written_demand_unpaid_14_days && unpaid_wages > 0 {
        let willful = input.willful || input.prior_violation_within_5_years;
        let (multiple, floor) = if willful { (3, CRS_8_4_109_WILLFUL_FLOOR) } else { (2, CRS_8_4_109_FLOOR) };
        let why = match (input.willful, input.prior_violation_within_5_years) {
            (true, true) => "willful (and a prior violation within 5 years)",
            (true, false) => "willful",
            (false, true) => "willful because of a prior violation within 5 years",
            (false, false) => "not willful",
        };
        let multiplied = mul(multiple, unpaid_wages)?;
        let penalty = multiplied.max(floor.0);
        emit(
            &mut lines,
            j,
            &CRS_8_4_109_PENALTY,
            penalty,
            format!(
                "unpaid 14 days after written demand, {why}: greater of {multiple} × {} = {} or {floor} = {}",
                money(unpaid_wages),
                money(multiplied),
                money(penalty)
            ),
            None,
        );
    }

    // 8 and 9. C.R.S. 8-4-120 retaliation, once per case, from the most severe instance found.
    if let Some((e, _)) = counts.first() {
        let source = Some(LineSource { kind: e.kind, instance: 1 });
        let found = counts.iter().map(|(e, n)| format!("{} × {n}", e.kind.code())).collect::<Vec<_>>().join(", ");
        let daily = mul(mul(CRS_8_4_120_DAILY.0, i64::from(input.retaliation_days))?, i64::from(employees))?;
        emit(
            &mut lines,
            j,
            &CRS_8_4_120_DAILY_PENALTY,
            daily,
            format!(
                "{CRS_8_4_120_DAILY} × {} days × {employees} employee{plural} = {} (retaliation found: {found})",
                input.retaliation_days,
                money(daily)
            ),
            source,
        );
        let doubled = mul(2, unpaid_wages)?;
        let liquidated = doubled.max(CRS_8_4_120_LIQUIDATED_FLOOR.0);
        emit(
            &mut lines,
            j,
            &CRS_8_4_120_LIQUIDATED_DAMAGES,
            liquidated,
            format!(
                "greater of 2 × {} unpaid wages = {} or {CRS_8_4_120_LIQUIDATED_FLOOR} = {} (retaliation found: {found})",
                money(unpaid_wages),
                money(doubled),
                money(liquidated)
            ),
            source,
        );
    }

    let total = sum(lines.iter().map(|l| l.amount_cents))?;
    Ok(Calculation { lines, total_cents: total, unpaid_wages_cents: unpaid_wages })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn period(start: NaiveDate, end: NaiveDate, hours: i64, paid: i64) -> WorkPeriod {
        WorkPeriod {
            start,
            end,
            hours_hundredths: hours,
            overtime_hours_hundredths: 0,
            paid: Cents(paid),
            promised_hourly: None,
            tipped: false,
        }
    }

    fn input(jurisdiction: CalcJurisdiction, as_of: NaiveDate, work_periods: Vec<WorkPeriod>) -> CalcInput {
        CalcInput {
            jurisdiction,
            as_of,
            work_periods,
            retaliation: vec![],
            retaliation_instances: 0,
            retaliation_days: 0,
            employees: 1,
            written_demand_unpaid_14_days: false,
            willful: false,
            prior_violation_within_5_years: false,
            policy_escalation_percent: None,
        }
    }

    fn amount(calc: &Calculation, code: &str) -> Option<i64> {
        calc.lines.iter().find(|l| l.code == code).map(|l| l.amount_cents)
    }

    fn line<'a>(calc: &'a Calculation, code: &str) -> &'a Line {
        calc.lines.iter().find(|l| l.code == code).unwrap()
    }

    fn codes(calc: &Calculation) -> Vec<&str> {
        calc.lines.iter().map(|l| l.code.as_str()).collect()
    }

    /// Denver 2026, 2026-03-01..14, 80 h at a promised $15 (below the minimum), paid $1,000.
    fn denver_2026() -> CalcInput {
        let mut p = period(d(2026, 3, 1), d(2026, 3, 14), 8000, 100_000);
        p.promised_hourly = Some(Cents(1500));
        // Due 2026-03-15; 2026-06-23 is 100 days later (16 + 30 + 31 + 23).
        input(CalcJurisdiction::Denver, d(2026, 6, 23), vec![p])
    }

    #[test]
    fn denver_2026_example() {
        let calc = calculate(&denver_2026()).unwrap();
        // Shortfall: 80 × $19.29 = $1,543.20 − $1,000.00 = $543.20.
        assert_eq!(amount(&calc, "minimum_wage_shortfall"), Some(54_320));
        assert_eq!(
            line(&calc, "minimum_wage_shortfall").work,
            "2026-03-01 to 2026-03-14: 80.00 h × $19.29 − $1,000.00 paid = $543.20"
        );
        // $15 promised is below the minimum: nothing above the minimum is owed.
        assert_eq!(amount(&calc, "unpaid_wages"), None);
        assert_eq!(amount(&calc, "overtime"), None);
        assert_eq!(calc.unpaid_wages_cents, 54_320);
        // Interest: 54,320 × 12 × 100 / 36,500 = 1,785.86 cents → rounds half up to $17.86.
        assert_eq!(amount(&calc, "interest"), Some(1_786));
        assert_eq!(
            line(&calc, "interest").work,
            "2026-03-01 to 2026-03-14: $543.20 × 12% × 100 days / 365 (2026-03-15 to 2026-06-23) = $17.86"
        );
        // Treble: 2 × $543.20 = $1,086.40 on top of the wages.
        assert_eq!(amount(&calc, "denver_treble_damages"), Some(108_640));
        let treble = line(&calc, "denver_treble_damages");
        assert!(treble.verify_with_counsel);
        assert!(treble.work.contains("treble = 3× unpaid; shown as 2× on top of the wages; verify whether inclusive"));
        // No demand, no retaliation: nothing else.
        assert_eq!(codes(&calc), ["minimum_wage_shortfall", "interest", "denver_treble_damages"]);
        // Total: 543.20 + 17.86 + 1,086.40 = $1,647.46.
        assert_eq!(calc.total_cents, 164_746);
        // Denver citations; Denver interest is not flagged.
        assert_eq!(
            line(&calc, "minimum_wage_shortfall").citation,
            "Denver Revised Municipal Code ch. 58, art. V (minimum wage)"
        );
        assert!(!line(&calc, "interest").verify_with_counsel);
    }

    #[test]
    fn interest_rounds_half_up_and_starts_the_day_after() {
        let mut input = denver_2026();
        // As of the due date itself (the day after the period): no interest.
        input.as_of = d(2026, 3, 15);
        assert_eq!(amount(&calculate(&input).unwrap(), "interest"), None);
        // One day: 54,320 × 12 × 1 / 36,500 = 17.858 → 18 cents.
        input.as_of = d(2026, 3, 16);
        assert_eq!(amount(&calculate(&input).unwrap(), "interest"), Some(18));
        // (12 × owed × days is a multiple of 4 and 36,500 × k + 18,250 never is, so interest never
        // lands exactly on half a cent; the rounding itself:)
        assert_eq!(div_round(50, 100).unwrap(), 1); // 0.5 → 1
        assert_eq!(div_round(49, 100).unwrap(), 0); // 0.49 → 0
        assert_eq!(div_round(150, 100).unwrap(), 2); // 1.5 → 2
        assert_eq!(div_round(18_250, 36_500).unwrap(), 1); // 0.5 → 1
        assert_eq!(div_round(-150, 100).unwrap(), -2); // half away from zero
    }

    #[test]
    fn promised_above_minimum() {
        let mut p = period(d(2025, 3, 3), d(2025, 3, 9), 4000, 60_000);
        p.promised_hourly = Some(Cents(2500));
        let calc = calculate(&input(CalcJurisdiction::Denver, d(2025, 3, 10), vec![p])).unwrap();
        // Shortfall: 40 × $18.81 = $752.40 − $600.00 = $152.40.
        assert_eq!(amount(&calc, "minimum_wage_shortfall"), Some(15_240));
        // Unpaid agreed wages: 40 × $25 = $1,000.00 − $600.00 − $152.40 = $247.60.
        assert_eq!(amount(&calc, "unpaid_wages"), Some(24_760));
        assert_eq!(
            line(&calc, "unpaid_wages").work,
            "2025-03-03 to 2025-03-09: 40.00 h × $25.00 − $600.00 paid − $152.40 minimum wage shortfall = $247.60"
        );
        assert_eq!(line(&calc, "unpaid_wages").citation, "C.R.S. 8-4-103 (wages due)");
        // Unpaid wages: 152.40 + 247.60 = $400.00 (= 1,000 − 600). As of the due date: no interest.
        assert_eq!(calc.unpaid_wages_cents, 40_000);
        assert_eq!(amount(&calc, "interest"), None);
        // Total: 400 + treble 2 × 400 = $1,200.00.
        assert_eq!(calc.total_cents, 120_000);
    }

    #[test]
    fn paid_between_minimum_and_agreed() {
        // 40 h at $25 promised, paid $800 (above 40 × $18.81 = $752.40): no shortfall,
        // unpaid agreed wages $1,000 − $800 = $200.
        let mut p = period(d(2025, 3, 3), d(2025, 3, 9), 4000, 80_000);
        p.promised_hourly = Some(Cents(2500));
        let calc = calculate(&input(CalcJurisdiction::Denver, d(2025, 3, 10), vec![p])).unwrap();
        assert_eq!(amount(&calc, "minimum_wage_shortfall"), None);
        assert_eq!(amount(&calc, "unpaid_wages"), Some(20_000));
        assert_eq!(
            line(&calc, "unpaid_wages").work,
            "2025-03-03 to 2025-03-09: 40.00 h × $25.00 − $800.00 paid = $200.00"
        );
    }

    #[test]
    fn overtime_premium() {
        // 50 h including 10 overtime hours at a promised $20, paid 50 × $20 = $1,000 straight time.
        let mut p = period(d(2026, 3, 2), d(2026, 3, 8), 5000, 100_000);
        p.promised_hourly = Some(Cents(2000));
        p.overtime_hours_hundredths = 1000;
        let calc = calculate(&input(CalcJurisdiction::Denver, d(2026, 3, 9), vec![p.clone()])).unwrap();
        // Straight time: 50 × $20 = $1,000 = paid; minimum 50 × $19.29 = $964.50 < paid.
        assert_eq!(amount(&calc, "minimum_wage_shortfall"), None);
        assert_eq!(amount(&calc, "unpaid_wages"), None);
        // Premium: 0.5 × $20 × 10 h = $100.00.
        assert_eq!(amount(&calc, "overtime"), Some(10_000));
        assert_eq!(line(&calc, "overtime").work, "2026-03-02 to 2026-03-08: 0.5 × 10.00 h × $20.00 = $100.00");
        assert_eq!(calc.unpaid_wages_cents, 10_000);

        // Paid $1,040: the $40 above straight time counts toward the premium: $100 − $40 = $60.
        p.paid = Cents(104_000);
        let calc = calculate(&input(CalcJurisdiction::Denver, d(2026, 3, 9), vec![p.clone()])).unwrap();
        assert_eq!(amount(&calc, "overtime"), Some(6_000));
        assert_eq!(
            line(&calc, "overtime").work,
            "2026-03-02 to 2026-03-08: 0.5 × 10.00 h × $20.00 = $100.00 − $40.00 paid above straight time = $60.00"
        );

        // Paid the full $1,100: nothing owed at all, and an empty result totals 0.
        p.paid = Cents(110_000);
        let calc = calculate(&input(CalcJurisdiction::Denver, d(2026, 3, 9), vec![p])).unwrap();
        assert!(calc.lines.is_empty());
        assert_eq!((calc.total_cents, calc.unpaid_wages_cents), (0, 0));
    }

    #[test]
    fn tipped_rate_when_tipped() {
        let mut p = period(d(2026, 3, 2), d(2026, 3, 8), 4000, 50_000);
        let untipped = calculate(&input(CalcJurisdiction::Denver, d(2026, 3, 9), vec![p.clone()])).unwrap();
        // Not tipped: 40 × $19.29 = $771.60 − $500 = $271.60.
        assert_eq!(amount(&untipped, "minimum_wage_shortfall"), Some(27_160));
        p.tipped = true;
        let tipped = calculate(&input(CalcJurisdiction::Denver, d(2026, 3, 9), vec![p])).unwrap();
        // Tipped: 40 × $16.27 = $650.80 − $500 = $150.80.
        assert_eq!(amount(&tipped, "minimum_wage_shortfall"), Some(15_080));
        assert_eq!(
            line(&tipped, "minimum_wage_shortfall").work,
            "2026-03-02 to 2026-03-08 (tipped): 40.00 h × $16.27 − $500.00 paid = $150.80"
        );
    }

    #[test]
    fn period_crossing_new_year_splits_by_days() {
        // 2025-12-29..2026-01-04 = 7 days: 3 in 2025 (29, 30, 31), 4 in 2026.
        // 70 h: 2025 gets 70 × 3/7 = 30 h, 2026 gets 40 h.
        let p = period(d(2025, 12, 29), d(2026, 1, 4), 7000, 100_000);
        let calc = calculate(&input(CalcJurisdiction::Denver, d(2026, 1, 5), vec![p])).unwrap();
        // 30 × $18.81 = $564.30; 40 × $19.29 = $771.60; $1,335.90 − $1,000 = $335.90.
        assert_eq!(amount(&calc, "minimum_wage_shortfall"), Some(33_590));
        assert_eq!(
            line(&calc, "minimum_wage_shortfall").work,
            "2025-12-29 to 2026-01-04: (2025: 3 d, 30.00 h × $18.81) + (2026: 4 d, 40.00 h × $19.29) \
             − $1,000.00 paid = $335.90"
        );

        // 80 h: 2025 gets 80 × 3/7 = 34.2857 → 34.29 h; 2026 gets the rest, 45.71 h (sum 80.00).
        // 3,429 × 1,881 + 4,571 × 1,929 = 6,449,949 + 8,817,459 = 15,267,408 hundredth-cents
        // → $1,526.74 (rounded once); − $1,000 = $526.74.
        let p = period(d(2025, 12, 29), d(2026, 1, 4), 8000, 100_000);
        let calc = calculate(&input(CalcJurisdiction::Denver, d(2026, 1, 5), vec![p])).unwrap();
        assert_eq!(amount(&calc, "minimum_wage_shortfall"), Some(52_674));
        assert!(
            line(&calc, "minimum_wage_shortfall").work.contains("(2025: 3 d, 34.29 h × $18.81) + (2026: 4 d, 45.71 h")
        );
    }

    #[test]
    fn multi_year_proration_sums_exactly() {
        // 2024-12-31..2026-01-01: 1 + 365 + 1 = 367 days; 10.00 h.
        let p = period(d(2024, 12, 31), d(2026, 1, 1), 1000, 0);
        let a = assess(0, &p, CalcJurisdiction::Denver).unwrap();
        let days: Vec<i64> = a.pieces.iter().map(|p| p.days).collect();
        assert_eq!(days, [1, 365, 1]);
        // Cumulative: round(1000 × 1/367) = 3; round(1000 × 366/367) = 997; 1000.
        let hours: Vec<i64> = a.pieces.iter().map(|p| p.hours).collect();
        assert_eq!(hours, [3, 994, 3]);
        assert_eq!(hours.iter().sum::<i64>(), 1000);
        let rates: Vec<i64> = a.pieces.iter().map(|p| p.minimum.0).collect();
        assert_eq!(rates, [1829, 1881, 1929]);
    }

    #[test]
    fn several_periods_show_a_total() {
        let a = period(d(2026, 3, 2), d(2026, 3, 8), 4000, 50_000); // 771.60 − 500 = 271.60
        let b = period(d(2026, 3, 9), d(2026, 3, 15), 1000, 10_000); // 192.90 − 100 = 92.90
        let calc = calculate(&input(CalcJurisdiction::Denver, d(2026, 3, 16), vec![a, b])).unwrap();
        // 271.60 + 92.90 = $364.50.
        assert_eq!(amount(&calc, "minimum_wage_shortfall"), Some(36_450));
        assert!(line(&calc, "minimum_wage_shortfall").work.ends_with("; total = $364.50"));
        // Interest only on the first period: due 2026-03-09, 7 days to 2026-03-16:
        // 27,160 × 12 × 7 / 36,500 = 62.50... → 62.5041 → 63 cents; the second is due 2026-03-16: none.
        assert_eq!(amount(&calc, "interest"), Some(63));
    }

    #[test]
    fn crs_8_4_109_penalty() {
        let mut input = denver_2026(); // unpaid wages $543.20
        input.as_of = d(2026, 3, 15);
        // Without the written demand flag: no penalty.
        assert_eq!(amount(&calculate(&input).unwrap(), "crs_8_4_109_penalty"), None);

        input.written_demand_unpaid_14_days = true;
        // Not willful: greater of 2 × $543.20 = $1,086.40 or $1,000 → $1,086.40.
        let calc = calculate(&input).unwrap();
        assert_eq!(amount(&calc, "crs_8_4_109_penalty"), Some(108_640));
        assert_eq!(
            line(&calc, "crs_8_4_109_penalty").work,
            "unpaid 14 days after written demand, not willful: greater of 2 × $543.20 = $1,086.40 or $1,000.00 = $1,086.40"
        );
        assert_eq!(line(&calc, "crs_8_4_109_penalty").citation, "C.R.S. 8-4-109(3)");

        // Small claim: 10 h × $19.29 = $192.90 − $100 = $92.90; 2 × 92.90 = $185.80 < $1,000 → $1,000.
        let mut small = input.clone();
        small.work_periods = vec![period(d(2026, 3, 1), d(2026, 3, 1), 1000, 10_000)];
        assert_eq!(amount(&calculate(&small).unwrap(), "crs_8_4_109_penalty"), Some(100_000));

        // Willful: greater of 3 × $543.20 = $1,629.60 or $3,000 → $3,000.
        input.willful = true;
        let calc = calculate(&input).unwrap();
        assert_eq!(amount(&calc, "crs_8_4_109_penalty"), Some(300_000));
        assert!(line(&calc, "crs_8_4_109_penalty").work.contains(", willful: greater of 3 × $543.20"));

        // A prior violation within 5 years makes it willful.
        input.willful = false;
        input.prior_violation_within_5_years = true;
        let calc = calculate(&input).unwrap();
        assert_eq!(amount(&calc, "crs_8_4_109_penalty"), Some(300_000));
        assert!(
            line(&calc, "crs_8_4_109_penalty").work.contains("willful because of a prior violation within 5 years")
        );

        // Large claim, willful: 200 h unpaid × $19.29 = $3,858.00; 3 × = $11,574.00 > $3,000.
        let mut large = input.clone();
        large.work_periods = vec![period(d(2026, 3, 1), d(2026, 3, 14), 20_000, 0)];
        assert_eq!(amount(&calculate(&large).unwrap(), "crs_8_4_109_penalty"), Some(1_157_400));

        // Nothing unpaid: no penalty even with the demand flag.
        let mut paid = input;
        paid.work_periods = vec![period(d(2026, 3, 1), d(2026, 3, 1), 1000, 19_290)];
        assert!(calculate(&paid).unwrap().lines.is_empty());
    }

    #[test]
    fn retaliation() {
        let mut input = denver_2026(); // unpaid wages $543.20
        input.as_of = d(2026, 3, 15);
        input.retaliation_instances = 2;
        input.retaliation_days = 30;
        input.employees = 3;
        let calc = calculate(&input).unwrap();
        // Denver: $5,000 per instance, one line each; the deprecated count is the lowest tier.
        let fines: Vec<&Line> = calc.lines.iter().filter(|l| l.code == "denver_retaliation_fine").collect();
        assert_eq!(fines.len(), 2);
        assert!(fines.iter().all(|l| l.amount_cents == 500_000));
        assert_eq!(
            fines[1].work,
            "other_threat #2 (other threat: standard tier): $5,000.00 per instance of retaliation"
        );
        assert_eq!(fines[1].source, Some(LineSource { kind: RetaliationKind::OtherThreat, instance: 2 }));
        assert!(!codes(&calc).contains(&"denver_aggravated_fine") && !codes(&calc).contains(&"policy_escalation"));
        // 8-4-120: $50 × 30 days × 3 employees = $4,500.
        assert_eq!(amount(&calc, "crs_8_4_120_daily_penalty"), Some(450_000));
        assert_eq!(
            line(&calc, "crs_8_4_120_daily_penalty").work,
            "$50.00 × 30 days × 3 employees = $4,500.00 (retaliation found: other_threat × 2)"
        );
        // Liquidated: greater of 2 × $543.20 = $1,086.40 or $2,000 → $2,000.
        assert_eq!(amount(&calc, "crs_8_4_120_liquidated_damages"), Some(200_000));
        for code in ["denver_retaliation_fine", "crs_8_4_120_daily_penalty", "crs_8_4_120_liquidated_damages"] {
            assert!(line(&calc, code).verify_with_counsel, "{code}");
        }
        // Total: 543.20 + treble 1,086.40 + 10,000 + 4,500 + 2,000 = $18,129.60.
        assert_eq!(calc.total_cents, 1_812_960);

        // Large claim: 200 h unpaid = $3,858.00; 2 × = $7,716.00 > $2,000.
        input.work_periods = vec![period(d(2026, 3, 1), d(2026, 3, 14), 20_000, 0)];
        assert_eq!(amount(&calculate(&input).unwrap(), "crs_8_4_120_liquidated_damages"), Some(771_600));

        // No instances: none of the retaliation lines, even with days set.
        input.retaliation_instances = 0;
        let calc = calculate(&input).unwrap();
        assert!(!codes(&calc).iter().any(|c| c.contains("retaliation") || c.starts_with("crs_8_4_120")));
    }

    fn with(kinds: &[(RetaliationKind, u32)]) -> CalcInput {
        let mut input = denver_2026(); // unpaid wages $543.20, treble $1,086.40, no interest
        input.as_of = d(2026, 3, 15);
        input.retaliation_days = 10;
        input.retaliation = kinds.iter().map(|&(kind, instances)| RetaliationCount { kind, instances }).collect();
        input
    }

    #[test]
    fn an_immigration_threat_costs_more_than_an_hours_cut() {
        use RetaliationKind::*;
        let threat = calculate(&with(&[(ImmigrationThreat, 1)])).unwrap();
        let cut = calculate(&with(&[(HoursOrPayCut, 1)])).unwrap();
        let source = |kind| Some(LineSource { kind, instance: 1 });
        let shown = |calc: &Calculation| -> Vec<(String, i64, String, Option<LineSource>)> {
            calc.lines
                .iter()
                .filter(|l| l.source.is_some())
                .map(|l| (l.code.clone(), l.amount_cents, l.citation.clone(), l.source))
                .collect()
        };
        let ordinance = "Denver Civil Wage Theft Ordinance (CB22-1614), DRMC ch. 58 art. I";
        assert_eq!(
            shown(&threat),
            vec![
                (
                    "denver_retaliation_fine".into(),
                    500_000,
                    format!("{ordinance} — $5,000 per instance of retaliation"),
                    source(ImmigrationThreat)
                ),
                (
                    "denver_aggravated_fine".into(),
                    2_500_000,
                    format!("{ordinance} — fine up to $25,000 per worker not paid; retaliation as an aggravating factor"),
                    source(ImmigrationThreat)
                ),
                (
                    "policy_escalation".into(),
                    500_000,
                    "Sanctuary Protection Act § 5 (employers who threaten to have workers deported face harsher penalties) — policy, not yet enacted".into(),
                    source(ImmigrationThreat)
                ),
                ("crs_8_4_120_daily_penalty".into(), 50_000, "C.R.S. 8-4-120".into(), source(ImmigrationThreat)),
                ("crs_8_4_120_liquidated_damages".into(), 200_000, "C.R.S. 8-4-120".into(), source(ImmigrationThreat)),
            ]
        );
        // 543.20 + 1,086.40 + 5,000 + 25,000 + 5,000 + 500 + 2,000 = $39,129.60.
        assert_eq!(threat.total_cents, 3_912_960);
        assert!(line(&threat, "policy_escalation").policy);
        assert!(!line(&threat, "denver_retaliation_fine").policy);
        assert_eq!(
            line(&threat, "denver_aggravated_fine").work,
            "immigration_threat #1 named as the aggravating factor (threat to call immigration or the police, or a report to them: most severe tier): $25,000.00 × 1 worker not paid = $25,000.00"
        );
        assert_eq!(
            line(&threat, "policy_escalation").work,
            "immigration_threat #1: 100% × $5,000.00 retaliation fine = $5,000.00"
        );

        assert_eq!(
            shown(&cut).iter().map(|(c, a, _, s)| (c.as_str(), *a, *s)).collect::<Vec<_>>(),
            vec![
                ("denver_retaliation_fine", 500_000, source(HoursOrPayCut)),
                ("crs_8_4_120_daily_penalty", 50_000, source(HoursOrPayCut)),
                ("crs_8_4_120_liquidated_damages", 200_000, source(HoursOrPayCut)),
            ]
        );
        // 543.20 + 1,086.40 + 5,000 + 500 + 2,000 = $9,129.60.
        assert_eq!(cut.total_cents, 912_960);
        assert!(threat.total_cents > cut.total_cents);

        // Firing and violence sit between: $10,000 per worker, no policy line.
        let fired = calculate(&with(&[(Termination, 1)])).unwrap();
        assert_eq!(amount(&fired, "denver_aggravated_fine"), Some(1_000_000));
        assert_eq!(fired.total_cents, 1_912_960);
        assert!(cut.total_cents < fired.total_cents && fired.total_cents < threat.total_cents);
    }

    #[test]
    fn escalation_counts_instances_workers_and_the_configured_percent() {
        use RetaliationKind::*;
        // Listed out of order and split: merged, most severe first.
        let mut input = with(&[(HoursOrPayCut, 1), (ImmigrationThreat, 1), (ImmigrationThreat, 1)]);
        input.employees = 2;
        let calc = calculate(&input).unwrap();
        let fines: Vec<Option<LineSource>> =
            calc.lines.iter().filter(|l| l.code == "denver_retaliation_fine").map(|l| l.source).collect();
        assert_eq!(
            fines,
            vec![
                Some(LineSource { kind: ImmigrationThreat, instance: 1 }),
                Some(LineSource { kind: ImmigrationThreat, instance: 2 }),
                Some(LineSource { kind: HoursOrPayCut, instance: 1 }),
            ]
        );
        // One per-worker fine for the case, × 2 workers; the policy line per threat instance.
        assert_eq!(amount(&calc, "denver_aggravated_fine"), Some(5_000_000));
        assert_eq!(calc.lines.iter().filter(|l| l.code == "policy_escalation").count(), 2);
        assert_eq!(
            line(&calc, "crs_8_4_120_liquidated_damages").work,
            "greater of 2 × $543.20 unpaid wages = $1,086.40 or $2,000.00 = $2,000.00 (retaliation found: immigration_threat × 2, hours_or_pay_cut × 1)"
        );
        // 1,629.60 + 15,000 + 50,000 + 10,000 + ($50 × 10 × 2 = 1,000) + 2,000 = $79,629.60.
        assert_eq!(calc.total_cents, 7_962_960);

        // The policy's percent is configurable; 0 drops the line.
        input.policy_escalation_percent = Some(50);
        assert_eq!(amount(&calculate(&input).unwrap(), "policy_escalation"), Some(250_000));
        input.policy_escalation_percent = Some(0);
        assert!(!codes(&calculate(&input).unwrap()).contains(&"policy_escalation"));

        // Nothing unpaid: no per-worker fine (it is a fine for workers not paid).
        let mut paid = with(&[(ImmigrationThreat, 1)]);
        paid.work_periods = vec![period(d(2026, 3, 1), d(2026, 3, 1), 1000, 19_290)];
        let calc = calculate(&paid).unwrap();
        assert!(!codes(&calc).contains(&"denver_aggravated_fine"));
        assert_eq!(amount(&calc, "policy_escalation"), Some(500_000));

        // Outside Denver only the state lines apply, whatever the kind.
        let mut co_threat = with(&[(ImmigrationThreat, 1)]);
        co_threat.jurisdiction = CalcJurisdiction::Colorado;
        let mut co_cut = with(&[(HoursOrPayCut, 1)]);
        co_cut.jurisdiction = CalcJurisdiction::Colorado;
        assert_eq!(calculate(&co_threat).unwrap().total_cents, calculate(&co_cut).unwrap().total_cents);

        // Bounded.
        assert_eq!(calculate(&with(&[(OtherThreat, MAX_RETALIATION_INSTANCES + 1)])), Err(CalcError::TooManyInstances));
        assert_eq!(calculate(&with(&[(OtherThreat, u32::MAX), (OtherThreat, 1)])), Err(CalcError::TooManyInstances));
        assert!(calculate(&with(&[(OtherThreat, MAX_RETALIATION_INSTANCES)])).is_ok());
    }

    #[test]
    fn every_kind_has_one_escalation() {
        for kind in RetaliationKind::ALL {
            assert_eq!(ESCALATIONS.iter().filter(|e| e.kind == kind).count(), 1, "{kind:?}");
            assert_eq!(escalation(kind).kind, kind);
            assert!(escalation(kind).why.is_ascii());
        }
        // Most severe first, and only the severe tier carries the policy's escalation.
        assert!(ESCALATIONS.windows(2).all(|w| w[0].tier <= w[1].tier));
        assert!(ESCALATIONS.iter().all(|e| e.policy_escalation == (e.tier == Tier::Severe)));
        assert!(ESCALATIONS.iter().all(|e| e.daily_overdue_notice == (e.tier == Tier::Severe)));
        assert_eq!(first_contact_business_days(&[RetaliationKind::HoursOrPayCut]), Some(2));
        assert_eq!(
            first_contact_business_days(&[RetaliationKind::Termination, RetaliationKind::ImmigrationThreat]),
            Some(1)
        );
        assert_eq!(first_contact_business_days(&[]), None);
        assert!(ESCALATIONS.windows(2).all(|w| w[0].aggravated_fine_per_worker >= w[1].aggravated_fine_per_worker));
    }

    #[test]
    fn colorado_uses_state_rates_and_no_denver_lines() {
        let mut input = denver_2026();
        input.jurisdiction = CalcJurisdiction::Colorado;
        input.retaliation_instances = 1;
        input.retaliation_days = 10;
        let calc = calculate(&input).unwrap();
        // 80 × $15.16 = $1,212.80 − $1,000 = $212.80 ($15 promised is below the state minimum too).
        assert_eq!(amount(&calc, "minimum_wage_shortfall"), Some(21_280));
        assert_eq!(
            line(&calc, "minimum_wage_shortfall").citation,
            "C.R.S. 8-6-101 et seq.; Colorado Constitution art. XVIII § 15"
        );
        // Interest: 21,280 × 12 × 100 / 36,500 = 699.62 → $7.00; flagged in Colorado.
        assert_eq!(amount(&calc, "interest"), Some(700));
        assert_eq!(line(&calc, "interest").citation, "C.R.S. 8-4-120 / 5-12-102 (12% interest)");
        assert!(line(&calc, "interest").verify_with_counsel);
        assert!(!codes(&calc).iter().any(|c| c.starts_with("denver_")));
        // State retaliation lines still apply: $50 × 10 days × 1 employee = $500; liquidated $2,000.
        assert_eq!(amount(&calc, "crs_8_4_120_daily_penalty"), Some(50_000));
        assert_eq!(amount(&calc, "crs_8_4_120_liquidated_damages"), Some(200_000));
        // 212.80 + 7.00 + 500 + 2,000 = $2,719.80.
        assert_eq!(calc.total_cents, 271_980);

        // 2024 and 2025 state rates, and the tipped rate.
        let p24 = period(d(2024, 6, 3), d(2024, 6, 9), 1000, 0);
        let p25 = WorkPeriod { tipped: true, ..period(d(2025, 6, 2), d(2025, 6, 8), 1000, 0) };
        let calc = calculate(&input_with(CalcJurisdiction::Colorado, vec![p24, p25])).unwrap();
        // 10 × $14.42 = $144.20; 10 × $11.79 (2025 tipped) = $117.90; total $262.10.
        assert_eq!(amount(&calc, "minimum_wage_shortfall"), Some(26_210));
    }

    /// As of a date before the periods: no interest.
    fn input_with(j: CalcJurisdiction, periods: Vec<WorkPeriod>) -> CalcInput {
        input(j, d(2020, 1, 1), periods)
    }

    #[test]
    fn every_emitted_code_has_one_rule() {
        let mut codes_seen = Vec::new();
        for code in RULES.iter().map(|r| r.code) {
            assert_eq!(RULES.iter().filter(|r| r.code == code).count(), 1, "{code} is not unique");
            assert_eq!(rule(code).map(|r| r.code), Some(code));
        }
        assert_eq!(rule("nope"), None);
        // Everything switched on, in both jurisdictions.
        for j in [CalcJurisdiction::Denver, CalcJurisdiction::Colorado] {
            let mut p = period(d(2026, 3, 2), d(2026, 3, 8), 5000, 10_000);
            p.promised_hourly = Some(Cents(3000));
            p.overtime_hours_hundredths = 1000;
            let mut input = input(j, d(2026, 12, 31), vec![p]);
            input.retaliation = vec![RetaliationCount { kind: RetaliationKind::ImmigrationThreat, instances: 1 }];
            input.retaliation_days = 5;
            input.written_demand_unpaid_14_days = true;
            let calc = calculate(&input).unwrap();
            for l in &calc.lines {
                let r = rule(&l.code).unwrap();
                assert!(r.applies_in(j));
                assert_eq!((l.label.as_str(), l.citation.as_str()), (r.label, r.citation_in(j)));
                assert_eq!(l.verify_with_counsel, r.verify_with_counsel_in(j));
                assert!(l.work.chars().all(|c| c.is_ascii() || c == '×' || c == '−'), "{}", l.work);
                codes_seen.push(l.code.clone());
            }
            assert_eq!(calc.total_cents, calc.lines.iter().map(|l| l.amount_cents).sum::<i64>());
        }
        // Every rule is reachable.
        for r in RULES {
            assert!(codes_seen.iter().any(|c| c == r.code), "{} never emitted", r.code);
        }
    }

    #[test]
    fn rules_cover_the_wage_table() {
        let first_year = crate::wage::MINIMUM_WAGES.iter().map(|w| w.year).min().unwrap();
        for r in RULES {
            assert!(r.effective_from_date().is_some(), "{}", r.code);
            assert!(r.in_force_on(d(first_year, 1, 1)), "{} not in force for the whole wage table", r.code);
            assert!(!r.in_force_on(d(2019, 12, 31)), "{}", r.code);
        }
        assert!(rule("denver_treble_damages").unwrap().verify_with_counsel);
        assert!(!rule("denver_treble_damages").unwrap().applies_in(CalcJurisdiction::Colorado));
    }

    #[test]
    fn errors() {
        let ok = period(d(2026, 3, 2), d(2026, 3, 8), 4000, 0);
        let run = |periods: Vec<WorkPeriod>| calculate(&input(CalcJurisdiction::Denver, d(2026, 6, 1), periods));
        assert_eq!(run(vec![]), Err(CalcError::NoPeriods));
        assert_eq!(
            run(vec![ok.clone(), period(d(2026, 3, 8), d(2026, 3, 2), 1, 0)]),
            Err(CalcError::PeriodEndsBeforeStart(1))
        );
        assert_eq!(run(vec![period(d(2026, 3, 2), d(2026, 3, 8), -1, 0)]), Err(CalcError::NegativeHours(0)));
        let mut ot = ok.clone();
        ot.overtime_hours_hundredths = -5;
        assert_eq!(run(vec![ot.clone()]), Err(CalcError::NegativeHours(0)));
        ot.overtime_hours_hundredths = 4001;
        assert_eq!(run(vec![ok.clone(), ok.clone(), ot]), Err(CalcError::OvertimeExceedsHours(2)));
        assert_eq!(run(vec![period(d(2019, 6, 3), d(2019, 6, 9), 4000, 0)]), Err(CalcError::NoMinimumWage(0)));
        // Crossing into the table from a year without a rate.
        assert_eq!(
            run(vec![ok.clone(), period(d(2023, 12, 25), d(2024, 1, 7), 4000, 0)]),
            Err(CalcError::NoMinimumWage(1))
        );
        assert_eq!(run(vec![ok.clone(); MAX_WORK_PERIODS + 1]), Err(CalcError::TooManyPeriods));
        assert!(run(vec![ok.clone(); MAX_WORK_PERIODS]).is_ok());
        // A single period spanning thousands of years.
        assert_eq!(run(vec![period(d(2024, 1, 1), d(9999, 12, 31), 4000, 0)]), Err(CalcError::TooManyPeriods));
        assert_eq!(run(vec![period(d(2026, 3, 2), d(2026, 3, 8), i64::MAX, 0)]), Err(CalcError::Overflow));
        let mut huge =
            input(CalcJurisdiction::Denver, d(2026, 6, 1), vec![period(d(2026, 3, 2), d(2026, 3, 8), 0, i64::MIN)]);
        assert_eq!(calculate(&huge), Err(CalcError::Overflow));
        huge.work_periods[0].paid = Cents(-(i64::MAX / 2));
        assert_eq!(calculate(&huge), Err(CalcError::Overflow));

        assert_eq!(CalcError::PeriodEndsBeforeStart(0).code(), "period_ends_before_start");
        assert_eq!(CalcError::NoMinimumWage(2).to_string(), "no minimum wage is on file for work period 3");
        let all = [
            CalcError::NoPeriods,
            CalcError::PeriodEndsBeforeStart(0),
            CalcError::NegativeHours(0),
            CalcError::OvertimeExceedsHours(0),
            CalcError::NoMinimumWage(0),
            CalcError::TooManyPeriods,
            CalcError::Overflow,
            CalcError::TooManyInstances,
        ];
        for (i, a) in all.iter().enumerate() {
            assert!(!a.to_string().is_empty());
            assert!(all[i + 1..].iter().all(|b| a.code() != b.code()));
        }
    }

    #[test]
    fn serde_round_trip() {
        let text = r#"{"jurisdiction":"denver","as_of":"2026-06-30","work_periods":[{"start":"2026-03-01","end":"2026-03-14","hours_hundredths":8000,"paid":100000,"tipped":false}],"retaliation_instances":1}"#;
        let parsed: CalcInput = json::from_str(text).unwrap();
        let mut expected =
            input(CalcJurisdiction::Denver, d(2026, 6, 30), vec![period(d(2026, 3, 1), d(2026, 3, 14), 8000, 100_000)]);
        expected.retaliation_instances = 1;
        // Defaults: no overtime, no promised rate, 1 employee, no demand, not willful.
        assert_eq!(parsed, expected);

        // Back to JSON and again: the same input; Cents is a bare integer, dates are strings.
        let written = json::to_string(&parsed).unwrap();
        assert!(written.contains(r#""paid":100000"#), "{written}");
        assert!(written.contains(r#""jurisdiction":"denver""#), "{written}");
        assert!(written.contains(r#""promised_hourly":null"#), "{written}");
        assert_eq!(json::from_str::<CalcInput>(&written).unwrap(), parsed);

        // Colorado and a promised rate.
        let text = r#"{"jurisdiction":"colorado","as_of":"2026-06-30","employees":4,"work_periods":[{"start":"2026-03-01","end":"2026-03-14","hours_hundredths":8000,"overtime_hours_hundredths":500,"paid":0,"promised_hourly":2000}]}"#;
        let parsed: CalcInput = json::from_str(text).unwrap();
        assert_eq!(parsed.jurisdiction, CalcJurisdiction::Colorado);
        assert_eq!(parsed.employees, 4);
        assert_eq!(parsed.work_periods[0].promised_hourly, Some(Cents(2000)));
        assert_eq!(parsed.work_periods[0].overtime_hours_hundredths, 500);
        assert!(
            json::from_str::<CalcInput>(r#"{"jurisdiction":"boulder","as_of":"2026-06-30","work_periods":[]}"#)
                .is_err()
        );

        // The result round-trips too.
        let calc = calculate(&expected).unwrap();
        let written = json::to_string(&calc).unwrap();
        assert!(written.contains(r#""code":"minimum_wage_shortfall""#), "{written}");
        assert_eq!(json::from_str::<Calculation>(&written).unwrap(), calc);
    }

    /// A minimal JSON reader and writer for the serde tests (the crate has no serde_json).
    mod json {
        use serde::de::value::{Error, MapDeserializer, SeqDeserializer};
        use serde::de::{self, IntoDeserializer, Visitor};
        use serde::ser::{self, Impossible, Serialize};
        use serde::{Deserialize, forward_to_deserialize_any};

        #[derive(Clone, Debug, PartialEq)]
        pub enum Value {
            Null,
            Bool(bool),
            Int(i64),
            Str(String),
            Arr(Vec<Value>),
            Obj(Vec<(String, Value)>),
        }

        pub fn from_str<T: for<'de> Deserialize<'de>>(text: &str) -> Result<T, Error> {
            let mut p = Parser { s: text.as_bytes(), i: 0 };
            let v = p.value()?;
            p.ws();
            if p.i != p.s.len() {
                return Err(de::Error::custom("trailing characters"));
            }
            T::deserialize(v)
        }

        pub fn to_string<T: Serialize>(value: &T) -> Result<String, Error> {
            let mut out = String::new();
            write(&value.serialize(Ser)?, &mut out);
            Ok(out)
        }

        fn write(v: &Value, out: &mut String) {
            match v {
                Value::Null => out.push_str("null"),
                Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
                Value::Int(n) => out.push_str(&n.to_string()),
                Value::Str(s) => {
                    out.push('"');
                    for c in s.chars() {
                        match c {
                            '"' => out.push_str("\\\""),
                            '\\' => out.push_str("\\\\"),
                            '\n' => out.push_str("\\n"),
                            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
                            c => out.push(c),
                        }
                    }
                    out.push('"');
                }
                Value::Arr(items) => {
                    out.push('[');
                    for (i, item) in items.iter().enumerate() {
                        if i > 0 {
                            out.push(',');
                        }
                        write(item, out);
                    }
                    out.push(']');
                }
                Value::Obj(fields) => {
                    out.push('{');
                    for (i, (k, item)) in fields.iter().enumerate() {
                        if i > 0 {
                            out.push(',');
                        }
                        write(&Value::Str(k.clone()), out);
                        out.push(':');
                        write(item, out);
                    }
                    out.push('}');
                }
            }
        }

        struct Parser<'a> {
            s: &'a [u8],
            i: usize,
        }

        impl Parser<'_> {
            fn ws(&mut self) {
                while self.s.get(self.i).is_some_and(|c| c.is_ascii_whitespace()) {
                    self.i += 1;
                }
            }

            fn eat(&mut self, c: u8) -> Result<(), Error> {
                self.ws();
                if self.s.get(self.i) == Some(&c) {
                    self.i += 1;
                    Ok(())
                } else {
                    Err(de::Error::custom(format!("expected {} at {}", c as char, self.i)))
                }
            }

            fn literal(&mut self, word: &str, v: Value) -> Result<Value, Error> {
                if self.s[self.i..].starts_with(word.as_bytes()) {
                    self.i += word.len();
                    Ok(v)
                } else {
                    Err(de::Error::custom("bad literal"))
                }
            }

            fn value(&mut self) -> Result<Value, Error> {
                self.ws();
                match self.s.get(self.i) {
                    Some(b'n') => self.literal("null", Value::Null),
                    Some(b't') => self.literal("true", Value::Bool(true)),
                    Some(b'f') => self.literal("false", Value::Bool(false)),
                    Some(b'"') => self.string().map(Value::Str),
                    Some(b'[') => {
                        self.i += 1;
                        let mut items = Vec::new();
                        self.ws();
                        if self.s.get(self.i) == Some(&b']') {
                            self.i += 1;
                            return Ok(Value::Arr(items));
                        }
                        loop {
                            items.push(self.value()?);
                            self.ws();
                            match self.s.get(self.i) {
                                Some(b',') => self.i += 1,
                                Some(b']') => {
                                    self.i += 1;
                                    return Ok(Value::Arr(items));
                                }
                                _ => return Err(de::Error::custom("bad array")),
                            }
                        }
                    }
                    Some(b'{') => {
                        self.i += 1;
                        let mut fields = Vec::new();
                        self.ws();
                        if self.s.get(self.i) == Some(&b'}') {
                            self.i += 1;
                            return Ok(Value::Obj(fields));
                        }
                        loop {
                            self.ws();
                            let key = self.string()?;
                            self.eat(b':')?;
                            fields.push((key, self.value()?));
                            self.ws();
                            match self.s.get(self.i) {
                                Some(b',') => self.i += 1,
                                Some(b'}') => {
                                    self.i += 1;
                                    return Ok(Value::Obj(fields));
                                }
                                _ => return Err(de::Error::custom("bad object")),
                            }
                        }
                    }
                    Some(c) if *c == b'-' || c.is_ascii_digit() => {
                        let start = self.i;
                        self.i += 1;
                        while self.s.get(self.i).is_some_and(|c| c.is_ascii_digit()) {
                            self.i += 1;
                        }
                        let text = std::str::from_utf8(&self.s[start..self.i]).map_err(de::Error::custom)?;
                        text.parse().map(Value::Int).map_err(de::Error::custom)
                    }
                    _ => Err(de::Error::custom("unexpected character")),
                }
            }

            fn string(&mut self) -> Result<String, Error> {
                self.eat(b'"')?;
                let mut bytes = Vec::new();
                loop {
                    let c = *self.s.get(self.i).ok_or_else(|| de::Error::custom("unterminated string"))?;
                    self.i += 1;
                    match c {
                        b'"' => break,
                        b'\\' => {
                            let e = *self.s.get(self.i).ok_or_else(|| de::Error::custom("bad escape"))?;
                            self.i += 1;
                            match e {
                                b'n' => bytes.push(b'\n'),
                                b't' => bytes.push(b'\t'),
                                b'u' => {
                                    let hex =
                                        std::str::from_utf8(&self.s[self.i..self.i + 4]).map_err(de::Error::custom)?;
                                    let code = u32::from_str_radix(hex, 16).map_err(de::Error::custom)?;
                                    let ch = char::from_u32(code).ok_or_else(|| de::Error::custom("bad \\u"))?;
                                    bytes.extend(ch.to_string().as_bytes());
                                    self.i += 4;
                                }
                                other => bytes.push(other),
                            }
                        }
                        other => bytes.push(other),
                    }
                }
                String::from_utf8(bytes).map_err(de::Error::custom)
            }
        }

        impl<'de> IntoDeserializer<'de, Error> for Value {
            type Deserializer = Value;
            fn into_deserializer(self) -> Value {
                self
            }
        }

        impl<'de> de::Deserializer<'de> for Value {
            type Error = Error;

            fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
                match self {
                    Value::Null => visitor.visit_unit(),
                    Value::Bool(b) => visitor.visit_bool(b),
                    Value::Int(n) => visitor.visit_i64(n),
                    Value::Str(s) => visitor.visit_string(s),
                    Value::Arr(items) => visitor.visit_seq(SeqDeserializer::new(items.into_iter())),
                    Value::Obj(fields) => visitor.visit_map(MapDeserializer::new(fields.into_iter())),
                }
            }

            fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
                match self {
                    Value::Null => visitor.visit_none(),
                    other => visitor.visit_some(other),
                }
            }

            fn deserialize_newtype_struct<V: Visitor<'de>>(
                self,
                _name: &'static str,
                visitor: V,
            ) -> Result<V::Value, Error> {
                visitor.visit_newtype_struct(self)
            }

            fn deserialize_enum<V: Visitor<'de>>(
                self,
                _name: &'static str,
                _variants: &'static [&'static str],
                visitor: V,
            ) -> Result<V::Value, Error> {
                match self {
                    Value::Str(s) => visitor.visit_enum(s.into_deserializer()),
                    _ => Err(de::Error::custom("expected a unit variant name")),
                }
            }

            forward_to_deserialize_any! {
                bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf unit
                unit_struct seq tuple tuple_struct map struct identifier ignored_any
            }
        }

        struct Ser;

        struct SeqSer(Vec<Value>);

        struct StructSer(Vec<(String, Value)>);

        fn unsupported<T>() -> Result<T, Error> {
            Err(ser::Error::custom("unsupported in the test serializer"))
        }

        impl ser::Serializer for Ser {
            type Ok = Value;
            type Error = Error;
            type SerializeSeq = SeqSer;
            type SerializeTuple = Impossible<Value, Error>;
            type SerializeTupleStruct = Impossible<Value, Error>;
            type SerializeTupleVariant = Impossible<Value, Error>;
            type SerializeMap = Impossible<Value, Error>;
            type SerializeStruct = StructSer;
            type SerializeStructVariant = Impossible<Value, Error>;

            fn serialize_bool(self, v: bool) -> Result<Value, Error> {
                Ok(Value::Bool(v))
            }
            fn serialize_i8(self, v: i8) -> Result<Value, Error> {
                Ok(Value::Int(v.into()))
            }
            fn serialize_i16(self, v: i16) -> Result<Value, Error> {
                Ok(Value::Int(v.into()))
            }
            fn serialize_i32(self, v: i32) -> Result<Value, Error> {
                Ok(Value::Int(v.into()))
            }
            fn serialize_i64(self, v: i64) -> Result<Value, Error> {
                Ok(Value::Int(v))
            }
            fn serialize_u8(self, v: u8) -> Result<Value, Error> {
                Ok(Value::Int(v.into()))
            }
            fn serialize_u16(self, v: u16) -> Result<Value, Error> {
                Ok(Value::Int(v.into()))
            }
            fn serialize_u32(self, v: u32) -> Result<Value, Error> {
                Ok(Value::Int(v.into()))
            }
            fn serialize_u64(self, v: u64) -> Result<Value, Error> {
                i64::try_from(v).map(Value::Int).map_err(ser::Error::custom)
            }
            fn serialize_f32(self, _v: f32) -> Result<Value, Error> {
                unsupported()
            }
            fn serialize_f64(self, _v: f64) -> Result<Value, Error> {
                unsupported()
            }
            fn serialize_char(self, v: char) -> Result<Value, Error> {
                Ok(Value::Str(v.to_string()))
            }
            fn serialize_str(self, v: &str) -> Result<Value, Error> {
                Ok(Value::Str(v.to_string()))
            }
            fn serialize_bytes(self, _v: &[u8]) -> Result<Value, Error> {
                unsupported()
            }
            fn serialize_none(self) -> Result<Value, Error> {
                Ok(Value::Null)
            }
            fn serialize_some<T: ?Sized + Serialize>(self, value: &T) -> Result<Value, Error> {
                value.serialize(Ser)
            }
            fn serialize_unit(self) -> Result<Value, Error> {
                Ok(Value::Null)
            }
            fn serialize_unit_struct(self, _name: &'static str) -> Result<Value, Error> {
                Ok(Value::Null)
            }
            fn serialize_unit_variant(
                self,
                _name: &'static str,
                _i: u32,
                variant: &'static str,
            ) -> Result<Value, Error> {
                Ok(Value::Str(variant.to_string()))
            }
            fn serialize_newtype_struct<T: ?Sized + Serialize>(
                self,
                _name: &'static str,
                value: &T,
            ) -> Result<Value, Error> {
                value.serialize(Ser)
            }
            fn serialize_newtype_variant<T: ?Sized + Serialize>(
                self,
                _name: &'static str,
                _i: u32,
                _variant: &'static str,
                _value: &T,
            ) -> Result<Value, Error> {
                unsupported()
            }
            fn serialize_seq(self, len: Option<usize>) -> Result<SeqSer, Error> {
                Ok(SeqSer(Vec::with_capacity(len.unwrap_or(0))))
            }
            fn serialize_tuple(self, _len: usize) -> Result<Self::SerializeTuple, Error> {
                unsupported()
            }
            fn serialize_tuple_struct(
                self,
                _name: &'static str,
                _len: usize,
            ) -> Result<Self::SerializeTupleStruct, Error> {
                unsupported()
            }
            fn serialize_tuple_variant(
                self,
                _name: &'static str,
                _i: u32,
                _variant: &'static str,
                _len: usize,
            ) -> Result<Self::SerializeTupleVariant, Error> {
                unsupported()
            }
            fn serialize_map(self, _len: Option<usize>) -> Result<Self::SerializeMap, Error> {
                unsupported()
            }
            fn serialize_struct(self, _name: &'static str, len: usize) -> Result<StructSer, Error> {
                Ok(StructSer(Vec::with_capacity(len)))
            }
            fn serialize_struct_variant(
                self,
                _name: &'static str,
                _i: u32,
                _variant: &'static str,
                _len: usize,
            ) -> Result<Self::SerializeStructVariant, Error> {
                unsupported()
            }
        }

        impl ser::SerializeSeq for SeqSer {
            type Ok = Value;
            type Error = Error;
            fn serialize_element<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Error> {
                self.0.push(value.serialize(Ser)?);
                Ok(())
            }
            fn end(self) -> Result<Value, Error> {
                Ok(Value::Arr(self.0))
            }
        }

        impl ser::SerializeStruct for StructSer {
            type Ok = Value;
            type Error = Error;
            fn serialize_field<T: ?Sized + Serialize>(&mut self, key: &'static str, value: &T) -> Result<(), Error> {
                self.0.push((key.to_string(), value.serialize(Ser)?));
                Ok(())
            }
            fn end(self) -> Result<Value, Error> {
                Ok(Value::Obj(self.0))
            }
        }
    }
}
