//! What a complaint says: the vocabulary of intake (violations, pay, retaliation answers) and the
//! parsing of what a worker typed into a validated [`NewComplaint`].
//!
//! Field names are the same everywhere: the wizard's form inputs, the JSON API (dotted, e.g.
//! `employer.name`), error maps and translations (`error-<code>`).
//! Never asked, never stored, no field anywhere: immigration status, citizenship, birthplace,
//! passport/visa/A-number or SSN — never.

use crate::money::Cents;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
#[cfg(feature = "server")]
#[allow(unused_imports)]
use validator::Validate;

/// Declares an enum whose variants have stable string codes (database, API, form values and
/// translation ids all use the code).
macro_rules! code_enum {
    ($(#[$m:meta])* $name:ident { $($(#[$vm:meta])* $variant:ident = $code:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($(#[$vm])* $variant),+ }

        impl $name {
            /// Every variant, in display order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The stable code.
            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }

            /// The variant for a code, if any.
            pub fn from_code(code: &str) -> Option<$name> {
                match code { $($code => Some($name::$variant),)+ _ => None }
            }
        }
    };
}
pub(crate) use code_enum;

code_enum! {
    /// What the employer did (DOMAIN.md "violation types").
    Violation {
        /// Not paid for some or all work.
        UnpaidWages = "unpaid_wages",
        /// Paid below the minimum wage.
        MinimumWage = "minimum_wage",
        /// Overtime not paid.
        Overtime = "overtime",
        /// Final paycheck not paid.
        FinalPay = "final_pay",
        /// Illegal deductions.
        Deductions = "deductions",
        /// Tips taken.
        Tips = "tips",
        /// Misclassified as an independent contractor.
        Misclassification = "misclassification",
        /// No rest or meal breaks.
        Breaks = "breaks",
        /// No paid sick leave.
        SickLeave = "sick_leave",
        /// Paid with a check that bounced.
        BouncedCheck = "bounced_check",
    }
}

code_enum! {
    /// Kind of work, for routing and statistics.
    Industry {
        /// Construction.
        Construction = "construction",
        /// Restaurant or food.
        Restaurant = "restaurant",
        /// Cleaning or janitorial.
        Cleaning = "cleaning",
        /// Landscaping.
        Landscaping = "landscaping",
        /// Retail.
        Retail = "retail",
        /// Warehouse or delivery.
        Warehouse = "warehouse",
        /// Home care or childcare.
        HomeCare = "home_care",
        /// Agriculture.
        Agriculture = "agriculture",
        /// Manufacturing.
        Manufacturing = "manufacturing",
        /// Hotel.
        Hotel = "hotel",
        /// Car wash or auto repair.
        Auto = "auto",
        /// Anything else.
        Other = "other",
    }
}

code_enum! {
    /// How pay was counted.
    PayBasis { /// Per hour.
        Hour = "hour", /// Per day.
        Day = "day", /// Per piece or job.
        Piece = "piece", /// Salary.
        Salary = "salary" }
}

code_enum! {
    /// How often pay came.
    PayFrequency { /// Weekly.
        Weekly = "weekly", /// Every two weeks.
        Biweekly = "biweekly", /// Monthly.
        Monthly = "monthly", /// Irregular.
        Irregular = "irregular" }
}

code_enum! {
    /// A three-way answer where "I don't know" is a real answer.
    Answer { /// Yes.
        Yes = "yes", /// No.
        No = "no", /// I don't know.
        Unsure = "unsure" }
}

code_enum! {
    /// How the worker prefers to be reached.
    ContactMethod { /// Phone call.
        Phone = "phone", /// Text message.
        Sms = "sms", /// Email.
        Email = "email" }
}

code_enum! {
    /// The door a complaint came through.
    Channel { /// Public web form.
        Web = "web", /// JSON API.
        Api = "api", /// Voice call (IVR).
        Phone = "phone", /// SMS conversation.
        Sms = "sms", /// Advocate on the worker's behalf.
        Advocate = "advocate", /// 311 call-taker or intake staff.
        CallTaker = "call_taker", /// Open311 GeoReport.
        Open311 = "open311" }
}

code_enum! {
    /// Where a case is in Denver Labor's workflow.
    CaseStatus { /// Received, not yet looked at.
        Received = "received", /// Being assessed.
        Triage = "triage", /// Under investigation.
        Investigating = "investigating", /// Determination being made.
        Determination = "determination", /// Resolved (paid, referred, withdrawn, unfounded).
        Resolved = "resolved", /// Closed.
        Closed = "closed" }
}

/// Structured retaliation answers: `None` means the question was not answered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct RetaliationAnswers {
    /// Threatened to call immigration (ICE) or the police.
    pub immigration_threat: Option<bool>,
    /// Threatened to report the worker's or family's status to anyone.
    pub status_report_threat: Option<bool>,
    /// Fired or sent home after asking about pay.
    pub fired: Option<bool>,
    /// Hours or pay cut after asking or complaining.
    pub hours_cut: Option<bool>,
    /// Threatened violence.
    pub violence: Option<bool>,
    /// Threatened blacklisting.
    pub blacklist: Option<bool>,
}

/// The six retaliation questions, with their field codes, in the order asked.
pub const RETALIATION_QUESTIONS: [&str; 6] =
    ["immigration_threat", "status_report_threat", "fired", "hours_cut", "violence", "blacklist"];

impl RetaliationAnswers {
    /// The answer to question `code` (see [`RETALIATION_QUESTIONS`]).
    pub fn get(&self, code: &str) -> Option<bool> {
        match code {
            "immigration_threat" => self.immigration_threat,
            "status_report_threat" => self.status_report_threat,
            "fired" => self.fired,
            "hours_cut" => self.hours_cut,
            "violence" => self.violence,
            "blacklist" => self.blacklist,
            _ => None,
        }
    }

    /// Sets the answer to question `code`; unknown codes are ignored.
    pub fn set(&mut self, code: &str, value: Option<bool>) {
        match code {
            "immigration_threat" => self.immigration_threat = value,
            "status_report_threat" => self.status_report_threat = value,
            "fired" => self.fired = value,
            "hours_cut" => self.hours_cut = value,
            "violence" => self.violence = value,
            "blacklist" => self.blacklist = value,
            _ => {}
        }
    }
}

/// Why a field was not accepted. The code names the translation `error-<code>`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// Missing.
    Required,
    /// Longer than allowed.
    TooLong,
    /// Not an email address.
    InvalidEmail,
    /// Not a phone number.
    InvalidPhone,
    /// Not a date.
    InvalidDate,
    /// End before start.
    DateOrder,
    /// In the future.
    DateFuture,
    /// Not a number.
    InvalidNumber,
    /// Outside the accepted range.
    OutOfRange,
    /// No violation chosen.
    ChooseViolation,
    /// Not one of the options.
    InvalidChoice,
    /// Contact details given while filing anonymously.
    ContactWhenAnonymous,
    /// A tracking or access code that cannot be right (wrong length, check digit).
    InvalidCode,
}

impl ErrorCode {
    /// The stable code (`too_long`), also the suffix of the translation id (`error-too-long`).
    pub fn code(self) -> &'static str {
        match self {
            ErrorCode::Required => "required",
            ErrorCode::TooLong => "too_long",
            ErrorCode::InvalidEmail => "invalid_email",
            ErrorCode::InvalidPhone => "invalid_phone",
            ErrorCode::InvalidDate => "invalid_date",
            ErrorCode::DateOrder => "date_order",
            ErrorCode::DateFuture => "date_future",
            ErrorCode::InvalidNumber => "invalid_number",
            ErrorCode::OutOfRange => "out_of_range",
            ErrorCode::ChooseViolation => "choose_violation",
            ErrorCode::InvalidChoice => "invalid_choice",
            ErrorCode::ContactWhenAnonymous => "contact_when_anonymous",
            ErrorCode::InvalidCode => "invalid_code",
        }
    }

    /// Every code, for [`ErrorCode::from_code`].
    pub const ALL: [ErrorCode; 13] = [
        ErrorCode::Required,
        ErrorCode::TooLong,
        ErrorCode::InvalidEmail,
        ErrorCode::InvalidPhone,
        ErrorCode::InvalidDate,
        ErrorCode::DateOrder,
        ErrorCode::DateFuture,
        ErrorCode::InvalidNumber,
        ErrorCode::OutOfRange,
        ErrorCode::ChooseViolation,
        ErrorCode::InvalidChoice,
        ErrorCode::ContactWhenAnonymous,
        ErrorCode::InvalidCode,
    ];

    /// The code's value from its text (`too_long`).
    pub fn from_code(code: &str) -> Option<ErrorCode> {
        ErrorCode::ALL.into_iter().find(|c| c.code() == code)
    }

    /// The translation id of the message, e.g. `error-too-long`.
    pub fn message_id(self) -> String {
        format!("error-{}", self.code().replace('_', "-"))
    }
}

/// Field errors: field name (dotted API name) -> problems, in a stable order.
pub type FieldErrors = BTreeMap<String, Vec<(ErrorCode, Option<u32>)>>;

pub use crate::field_rules::limits;

/// Contact details as sent by the worker (all optional).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(default)]
#[cfg_attr(feature = "server", derive(validator::Validate))]
pub struct ContactInput {
    /// Name or nickname.
    #[cfg_attr(feature = "server", validate(custom(function = "crate::field_rules::check::short")))]
    pub name: Option<String>,
    /// Phone number as typed.
    #[cfg_attr(feature = "server", validate(custom(function = "crate::field_rules::check::phone")))]
    pub phone: Option<String>,
    /// Email address.
    #[cfg_attr(feature = "server", validate(custom(function = "crate::field_rules::check::email")))]
    pub email: Option<String>,
    /// Preferred method: `phone`, `sms`, `email`.
    #[cfg_attr(feature = "server", validate(custom(function = "crate::field_rules::check::contact_method")))]
    pub method: Option<String>,
    /// When it is safe to make contact.
    #[cfg_attr(feature = "server", validate(custom(function = "crate::field_rules::check::medium")))]
    pub safe_times: Option<String>,
    /// May we send text messages?
    pub sms_ok: Option<bool>,
    /// Is it safe to leave a voice message?
    pub voicemail_ok: Option<bool>,
    /// May we give the worker's name to the employer? Absent means no.
    pub share_name_with_employer: Option<bool>,
}

/// The employer as the worker knows it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(default)]
#[cfg_attr(feature = "server", derive(validator::Validate))]
pub struct EmployerInput {
    /// Business name as known (required).
    #[cfg_attr(feature = "server", validate(custom(function = "crate::field_rules::check::short")))]
    pub name: Option<String>,
    /// Address or a description of the place.
    #[cfg_attr(feature = "server", validate(custom(function = "crate::field_rules::check::medium")))]
    pub address: Option<String>,
    /// Phone.
    #[cfg_attr(feature = "server", validate(custom(function = "crate::field_rules::check::phone")))]
    pub phone: Option<String>,
    /// Industry code.
    #[cfg_attr(feature = "server", validate(custom(function = "crate::field_rules::check::industry")))]
    pub industry: Option<String>,
    /// Supervisor's name.
    #[cfg_attr(feature = "server", validate(custom(function = "crate::field_rules::check::short")))]
    pub supervisor: Option<String>,
    /// Hired through a staffing agency or subcontractor: `yes`, `no`, `unsure`.
    #[cfg_attr(feature = "server", validate(custom(function = "crate::field_rules::check::answer")))]
    pub staffing_agency: Option<String>,
    /// Name of the agency or contractor.
    #[cfg_attr(feature = "server", validate(custom(function = "crate::field_rules::check::short")))]
    pub agency_name: Option<String>,
}

/// The job.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(default)]
#[cfg_attr(feature = "server", derive(validator::Validate))]
pub struct JobInput {
    /// Role.
    #[cfg_attr(feature = "server", validate(custom(function = "crate::field_rules::check::short")))]
    pub role: Option<String>,
    /// First day (YYYY-MM-DD).
    #[cfg_attr(feature = "server", validate(custom(function = "crate::field_rules::check::date")))]
    pub start: Option<String>,
    /// Last day (YYYY-MM-DD).
    #[cfg_attr(feature = "server", validate(custom(function = "crate::field_rules::check::date")))]
    pub end: Option<String>,
    /// Still working there: `yes`, `no`, `unsure`.
    #[cfg_attr(feature = "server", validate(custom(function = "crate::field_rules::check::answer")))]
    pub still_employed: Option<String>,
    /// Pay rate in dollars as typed (a JSON number, or text as a form sends it).
    #[serde(deserialize_with = "number_or_text")]
    #[cfg_attr(feature = "server", validate(custom(function = "crate::field_rules::check::pay_rate")))]
    pub pay_rate: Option<String>,
    /// `hour`, `day`, `piece`, `salary`.
    #[cfg_attr(feature = "server", validate(custom(function = "crate::field_rules::check::pay_basis")))]
    pub pay_basis: Option<String>,
    /// `weekly`, `biweekly`, `monthly`, `irregular`.
    #[cfg_attr(feature = "server", validate(custom(function = "crate::field_rules::check::pay_frequency")))]
    pub pay_frequency: Option<String>,
    /// Usual hours a week (a JSON number, or text as a form sends it).
    #[serde(deserialize_with = "number_or_text")]
    #[cfg_attr(feature = "server", validate(custom(function = "crate::field_rules::check::week_hours")))]
    pub usual_hours: Option<String>,
    /// Paid in cash: `yes`, `no`, `unsure`.
    #[cfg_attr(feature = "server", validate(custom(function = "crate::field_rules::check::answer")))]
    pub paid_cash: Option<String>,
}

/// Retaliation answers and free text.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(default)]
#[cfg_attr(feature = "server", derive(validator::Validate))]
pub struct RetaliationInput {
    /// Threatened to call immigration (ICE) or the police?
    pub immigration_threat: Option<bool>,
    /// Threatened to report status to anyone?
    pub status_report_threat: Option<bool>,
    /// Fired after asking about pay?
    pub fired: Option<bool>,
    /// Hours or pay cut?
    pub hours_cut: Option<bool>,
    /// Threatened violence?
    pub violence: Option<bool>,
    /// Threatened blacklisting?
    pub blacklist: Option<bool>,
    /// Anything else about threats.
    #[cfg_attr(feature = "server", validate(custom(function = "crate::field_rules::check::narrative")))]
    pub details: Option<String>,
}

/// Reads a count or an amount given either as a JSON number (`3`, `18.5`) or as the text a form
/// sends (`"3"`, `"18.50"`); the parser behind [`ComplaintInput::parse`] then reads the text.
fn number_or_text<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    struct Visitor;
    impl serde::de::Visitor<'_> for Visitor {
        type Value = Option<String>;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a number")
        }
        fn visit_unit<E>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_none<E>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_u64<E>(self, v: u64) -> Result<Self::Value, E> {
            Ok(Some(v.to_string()))
        }
        fn visit_i64<E>(self, v: i64) -> Result<Self::Value, E> {
            Ok(Some(v.to_string()))
        }
        fn visit_f64<E>(self, v: f64) -> Result<Self::Value, E> {
            Ok(Some(v.to_string()))
        }
        fn visit_str<E>(self, v: &str) -> Result<Self::Value, E> {
            Ok(Some(v.to_owned()))
        }
    }
    d.deserialize_any(Visitor)
}

/// A complaint as it arrives (API JSON or the wizard's collected answers), not yet trusted.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(default)]
#[cfg_attr(feature = "server", derive(validator::Validate))]
pub struct ComplaintInput {
    /// Language code of the filer.
    pub language: Option<String>,
    /// File anonymously (no contact details kept).
    pub anonymous: bool,
    /// Contact details.
    #[cfg_attr(feature = "server", validate(nested))]
    pub contact: ContactInput,
    /// Employer.
    #[cfg_attr(feature = "server", validate(nested))]
    pub employer: EmployerInput,
    /// Job.
    #[cfg_attr(feature = "server", validate(nested))]
    pub job: JobInput,
    /// Violation codes.
    #[cfg_attr(feature = "server", validate(custom(function = "crate::field_rules::check::violations")))]
    pub violations: Vec<String>,
    /// When the problem started (YYYY-MM-DD).
    #[cfg_attr(feature = "server", validate(custom(function = "crate::field_rules::check::date")))]
    pub period_start: Option<String>,
    /// When it ended.
    #[cfg_attr(feature = "server", validate(custom(function = "crate::field_rules::check::date")))]
    pub period_end: Option<String>,
    /// Estimated amount owed in dollars, as typed (a JSON number, or text as a form sends it).
    #[serde(deserialize_with = "number_or_text")]
    #[cfg_attr(feature = "server", validate(custom(function = "crate::field_rules::check::owed")))]
    pub estimated_owed: Option<String>,
    /// Retaliation.
    #[cfg_attr(feature = "server", validate(nested))]
    pub retaliation: RetaliationInput,
    /// What happened, in the worker's words.
    #[cfg_attr(feature = "server", validate(custom(function = "crate::field_rules::check::narrative")))]
    pub narrative: Option<String>,
    /// How many coworkers were treated the same way (a JSON number, or text as a form sends it).
    #[serde(deserialize_with = "number_or_text")]
    #[cfg_attr(feature = "server", validate(custom(function = "crate::field_rules::check::coworkers")))]
    pub coworkers_affected: Option<String>,
}

/// Validated contact details (personal data: encrypted at rest).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct Contact {
    /// Name or nickname.
    pub name: Option<String>,
    /// Phone, digits and a leading `+` only.
    pub phone: Option<String>,
    /// Email.
    pub email: Option<String>,
    /// Preferred method.
    pub method: Option<ContactMethod>,
    /// Safe times.
    pub safe_times: Option<String>,
    /// Texts allowed.
    pub sms_ok: bool,
    /// Voice messages allowed.
    pub voicemail_ok: bool,
    /// Name may be given to the employer.
    pub share_name_with_employer: bool,
}

/// A complaint that passed validation: only valid values exist from here on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewComplaint {
    /// Supported language code.
    pub language: String,
    /// Filed anonymously.
    pub anonymous: bool,
    /// Contact (empty when anonymous).
    pub contact: Contact,
    /// Employer name.
    pub employer_name: String,
    /// Employer address.
    pub employer_address: Option<String>,
    /// Employer phone.
    pub employer_phone: Option<String>,
    /// Industry.
    pub employer_industry: Option<Industry>,
    /// Supervisor.
    pub employer_supervisor: Option<String>,
    /// Staffing agency / subcontractor.
    pub staffing_agency: Option<Answer>,
    /// Agency name.
    pub agency_name: Option<String>,
    /// Role.
    pub job_role: Option<String>,
    /// First day.
    pub job_start: Option<NaiveDate>,
    /// Last day.
    pub job_end: Option<NaiveDate>,
    /// Still employed.
    pub still_employed: Option<Answer>,
    /// Pay rate.
    pub pay_rate: Option<Cents>,
    /// Pay basis.
    pub pay_basis: Option<PayBasis>,
    /// Pay frequency.
    pub pay_frequency: Option<PayFrequency>,
    /// Usual weekly hours.
    pub usual_hours: Option<u32>,
    /// Paid in cash.
    pub paid_cash: Option<Answer>,
    /// Violations (at least one).
    pub violations: Vec<Violation>,
    /// Period start.
    pub period_start: Option<NaiveDate>,
    /// Period end.
    pub period_end: Option<NaiveDate>,
    /// Estimated owed.
    pub estimated_owed: Option<Cents>,
    /// Coworkers affected.
    pub coworkers_affected: Option<u32>,
    /// Retaliation answers.
    pub retaliation: RetaliationAnswers,
    /// Retaliation free text (personal: encrypted).
    pub retaliation_details: Option<String>,
    /// Narrative (personal: encrypted).
    pub narrative: Option<String>,
}

#[cfg(feature = "server")]
impl ComplaintInput {
    /// Validates and parses everything. `supported_language` says whether a language code is
    /// offered; `today` bounds dates (injected so tests are deterministic).
    ///
    /// The `validator` derives are the one gate for each field's own rules
    /// ([`crate::field_rules`]); what remains here is what needs more than one field or today's
    /// date: the language offered, employer and violation required, dates not in the future and
    /// in order, no contact details on an anonymous complaint.
    pub fn parse(
        &self,
        supported_language: impl Fn(&str) -> bool,
        today: NaiveDate,
    ) -> Result<NewComplaint, FieldErrors> {
        use crate::field_rules::{self as rule, read};
        let mut errors = validator_errors(self);
        let mut add = |field: &str, code: ErrorCode| errors.entry(field.to_owned()).or_default().push((code, None));
        // Each field passed its rule in the gate or was reported there; what passed is read here.
        fn of(v: &Option<String>) -> &str {
            v.as_deref().unwrap_or("")
        }
        let text = |v: &Option<String>| read::text(of(v));
        let date = |v: &Option<String>| read::date(of(v));

        let language = match self.language.as_deref().and_then(rule::clean) {
            Some(l) if supported_language(l) => l.to_owned(),
            Some(_) => {
                add("language", ErrorCode::InvalidChoice);
                String::new()
            }
            None => "en".to_owned(),
        };
        let ci = &self.contact;
        let contact = Contact {
            name: text(&ci.name),
            phone: read::phone(of(&ci.phone)),
            email: read::email(of(&ci.email)),
            method: read::choice(of(&ci.method), ContactMethod::from_code),
            safe_times: text(&ci.safe_times),
            sms_ok: ci.sms_ok.unwrap_or(false),
            voicemail_ok: ci.voicemail_ok.unwrap_or(false),
            share_name_with_employer: ci.share_name_with_employer.unwrap_or(false),
        };
        if self.anonymous {
            for (field, given) in [
                ("contact.name", contact.name.is_some()),
                ("contact.phone", contact.phone.is_some()),
                ("contact.email", contact.email.is_some()),
            ] {
                if given {
                    add(field, ErrorCode::ContactWhenAnonymous);
                }
            }
        }
        let e = &self.employer;
        let employer_name = text(&e.name);
        let j = &self.job;
        let violations = rule::violations(&self.violations).unwrap_or_default();
        let dates = [
            ("job.start", date(&j.start)),
            ("job.end", date(&j.end)),
            ("period_start", date(&self.period_start)),
            ("period_end", date(&self.period_end)),
        ];
        let name_refused = errors.contains_key("employer.name");
        let violations_refused = errors.contains_key("violations");
        let mut add = |field: &str, code: ErrorCode| errors.entry(field.to_owned()).or_default().push((code, None));
        if employer_name.is_none() && !name_refused {
            add("employer.name", ErrorCode::Required);
        }
        if violations.is_empty() && !violations_refused {
            add("violations", ErrorCode::ChooseViolation);
        }
        let mut kept = [None; 4];
        for (i, (field, d)) in dates.iter().enumerate() {
            match d {
                Some(d) if *d > today => add(field, ErrorCode::DateFuture),
                d => kept[i] = *d,
            }
        }
        let [job_start, job_end, period_start, period_end] = kept;
        for (field, start, end) in [("job.end", job_start, job_end), ("period_end", period_start, period_end)] {
            if let (Some(s), Some(e)) = (start, end)
                && e < s
            {
                add(field, ErrorCode::DateOrder);
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        let r = &self.retaliation;
        let contact = if self.anonymous {
            Contact { share_name_with_employer: false, sms_ok: false, voicemail_ok: false, ..Contact::default() }
        } else {
            contact
        };
        Ok(NewComplaint {
            language,
            anonymous: self.anonymous,
            contact,
            employer_name: employer_name.unwrap_or_default(),
            employer_address: text(&e.address),
            employer_phone: read::phone(of(&e.phone)),
            employer_industry: read::choice(of(&e.industry), Industry::from_code),
            employer_supervisor: text(&e.supervisor),
            staffing_agency: read::choice(of(&e.staffing_agency), Answer::from_code),
            agency_name: text(&e.agency_name),
            job_role: text(&j.role),
            job_start,
            job_end,
            still_employed: read::choice(of(&j.still_employed), Answer::from_code),
            pay_rate: read::money(of(&j.pay_rate)),
            pay_basis: read::choice(of(&j.pay_basis), PayBasis::from_code),
            pay_frequency: read::choice(of(&j.pay_frequency), PayFrequency::from_code),
            usual_hours: read::count(of(&j.usual_hours)),
            paid_cash: read::choice(of(&j.paid_cash), Answer::from_code),
            violations,
            period_start,
            period_end,
            estimated_owed: read::money(of(&self.estimated_owed)),
            coworkers_affected: read::count(of(&self.coworkers_affected)),
            retaliation: RetaliationAnswers {
                immigration_threat: r.immigration_threat,
                status_report_threat: r.status_report_threat,
                fired: r.fired,
                hours_cut: r.hours_cut,
                violence: r.violence,
                blacklist: r.blacklist,
            },
            retaliation_details: text(&r.details),
            narrative: text(&self.narrative),
        })
    }
}

/// Runs the `validator` derives and maps their errors onto dotted field names and our codes
/// (the custom functions in [`crate::field_rules::check`] report [`ErrorCode`]s by code).
#[cfg(feature = "server")]
fn validator_errors(input: &ComplaintInput) -> FieldErrors {
    use validator::{Validate, ValidationErrors, ValidationErrorsKind};
    fn walk(prefix: &str, errs: &ValidationErrors, out: &mut FieldErrors) {
        for (field, kind) in errs.errors() {
            let name = if prefix.is_empty() { field.to_string() } else { format!("{prefix}.{field}") };
            match kind {
                ValidationErrorsKind::Field(list) => {
                    for e in list {
                        let code = ErrorCode::from_code(&e.code).unwrap_or(ErrorCode::InvalidChoice);
                        let max = e.params.get("max").and_then(|v| v.as_u64()).map(|m| m as u32);
                        out.entry(name.clone()).or_default().push((code, max));
                    }
                }
                ValidationErrorsKind::Struct(inner) => walk(&name, inner, out),
                ValidationErrorsKind::List(items) => {
                    for inner in items.values() {
                        walk(&name, inner, out);
                    }
                }
            }
        }
    }
    let mut out = FieldErrors::new();
    if let Err(errs) = input.validate() {
        walk("", &errs, &mut out);
    }
    out
}

// Parsing is the server's (the `validator` derives are its gate).
#[cfg(test)]
#[cfg(feature = "server")]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 26).unwrap()
    }

    fn minimal() -> ComplaintInput {
        ComplaintInput {
            employer: EmployerInput { name: Some("  Taquería El Sol ".into()), ..Default::default() },
            violations: vec!["unpaid_wages".into()],
            ..Default::default()
        }
    }

    #[test]
    fn minimal_complaint_parses() {
        let c = minimal().parse(|l| l == "en" || l == "es", today()).unwrap();
        assert_eq!(c.employer_name, "Taquería El Sol");
        assert_eq!(c.language, "en");
        assert_eq!(c.violations, vec![Violation::UnpaidWages]);
        assert!(!c.contact.share_name_with_employer, "sharing the name defaults to no");
    }

    #[test]
    fn missing_employer_and_violation_are_reported_per_field() {
        let errs = ComplaintInput::default().parse(|_| true, today()).unwrap_err();
        assert_eq!(errs["employer.name"], vec![(ErrorCode::Required, None)]);
        assert_eq!(errs["violations"], vec![(ErrorCode::ChooseViolation, None)]);
    }

    #[test]
    fn bad_values_are_caught_without_losing_the_rest() {
        let mut input = minimal();
        input.contact.email = Some("not-an-email".into());
        input.contact.phone = Some("call me".into());
        input.job.start = Some("2026-02-30".into());
        input.period_start = Some("2026-05-01".into());
        input.period_end = Some("2026-04-01".into());
        input.job.end = Some("2027-01-01".into());
        input.estimated_owed = Some("lots".into());
        input.narrative = Some("x".repeat(limits::NARRATIVE + 1));
        input.language = Some("xx".into());
        input.violations.push("stolen_car".into());
        let errs = input.parse(|l| l == "en", today()).unwrap_err();
        let codes = |f: &str| errs.get(f).map(|v| v.iter().map(|e| e.0).collect::<Vec<_>>()).unwrap_or_default();
        assert_eq!(codes("contact.email"), vec![ErrorCode::InvalidEmail]);
        assert_eq!(codes("contact.phone"), vec![ErrorCode::InvalidPhone]);
        assert_eq!(codes("job.start"), vec![ErrorCode::InvalidDate]);
        assert_eq!(codes("job.end"), vec![ErrorCode::DateFuture]);
        assert_eq!(codes("period_end"), vec![ErrorCode::DateOrder]);
        assert_eq!(codes("estimated_owed"), vec![ErrorCode::InvalidNumber]);
        assert_eq!(errs["narrative"], vec![(ErrorCode::TooLong, Some(limits::NARRATIVE as u32))]);
        assert_eq!(codes("language"), vec![ErrorCode::InvalidChoice]);
        assert_eq!(codes("violations"), vec![ErrorCode::InvalidChoice]);
    }

    #[test]
    fn non_ascii_text_and_digits_are_welcome() {
        let mut input = minimal();
        input.contact.name = Some("ሰላማዊት".into());
        input.contact.phone = Some("٣٠٣-٥٥٥-٠١٩٩".into());
        input.estimated_owed = Some("１２００".into());
        input.narrative = Some("Ông chủ không trả lương hai tuần.".into());
        let c = input.parse(|_| true, today()).unwrap();
        assert_eq!(c.contact.phone.as_deref(), Some("3035550199"));
        assert_eq!(c.estimated_owed, Some(Cents(120_000)));
        // Counted in characters, not bytes: 200 Ethiopic characters are fine.
        let mut input = minimal();
        input.contact.name = Some("ሰ".repeat(limits::SHORT));
        assert!(input.parse(|_| true, today()).is_ok());
    }

    #[test]
    fn anonymous_filing_keeps_no_contact() {
        let mut input = minimal();
        input.anonymous = true;
        input.contact.phone = Some("303 555 0100".into());
        let errs = input.clone().parse(|_| true, today()).unwrap_err();
        assert_eq!(errs["contact.phone"], vec![(ErrorCode::ContactWhenAnonymous, None)]);
        input.contact.phone = None;
        input.contact.share_name_with_employer = Some(true);
        let c = input.parse(|_| true, today()).unwrap();
        assert_eq!(c.contact, Contact::default());
    }

    #[test]
    fn codes_round_trip() {
        for v in Violation::ALL {
            assert_eq!(Violation::from_code(v.code()), Some(*v));
        }
        assert_eq!(Violation::ALL.len(), 10);
        assert_eq!(ErrorCode::ContactWhenAnonymous.message_id(), "error-contact-when-anonymous");
    }
}
