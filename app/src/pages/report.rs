//! `/report`: the intake wizard, and `/report/done`: the receipt.
//!
//! Each step is a plain HTML form posted to the server (`POST /report`), which validates it and
//! renders the next step, or the same step with the worker's answers kept and each error next to
//! its field. Answers from other steps travel as hidden inputs in the POST body, never in a URL,
//! and nothing is stored until the worker sends the complaint from the review step.

use crate::components::estimate::{EstimateHelper, EstimateLabels};
use crate::components::fields::{Fields, field_id, hidden_values, label_id};
use crate::components::{HOTLINE_DISPLAY, HOTLINE_TEL, Layout};
use crate::i18n::use_catalog;
use crate::i18n::{self, Catalog};
use leptos::prelude::*;
use reclamo_shared::complaint::{
    Answer, ContactMethod, FieldErrors, Industry, PayBasis, PayFrequency, RETALIATION_QUESTIONS, Violation,
};
use reclamo_shared::form::{FormValues, STEPS};
use reclamo_shared::money::Cents;

/// The wizard's state for one render, put in context by the server's POST handler.
#[derive(Clone, Debug, Default)]
pub struct WizardState {
    /// Index of the step to show (0-based).
    pub step: usize,
    /// Random id of this form instance: the idempotency key of the final submission.
    pub form_id: String,
    /// Every answer so far.
    pub values: FormValues,
    /// Problems to show on this step.
    pub errors: FieldErrors,
    /// Result of the "help me estimate" helper, when the worker asked for it without JavaScript.
    pub estimate: Option<EstimateShown>,
    /// Raw estimate inputs (kept when invalid).
    pub estimate_inputs: [String; 3],
    /// A page-level message (rate limit, server trouble); the answers are kept.
    pub notice: Option<String>,
    /// A staff member is filing for someone on the phone (call-taker mode).
    pub call_taker: bool,
}

/// An estimate to display.
#[derive(Clone, Debug)]
pub struct EstimateShown {
    /// Amount.
    pub amount: Cents,
    /// Year of the minimum wage used.
    pub year: i32,
    /// That year's Denver minimum wage.
    pub wage: Cents,
}

/// What the receipt page shows, put in context after a successful submission.
#[derive(Clone, Debug)]
pub struct DoneState {
    /// Tracking code digits.
    pub tracking: String,
    /// Tracking code grouped for reading.
    pub tracking_grouped: String,
    /// Access code digits.
    pub access: String,
    /// Access code grouped for reading.
    pub access_grouped: String,
    /// How much evidence the complaint takes.
    pub evidence: crate::components::evidence::EvidenceLimitsView,
    /// Filed by a call-taker: offer to text the codes to the caller.
    pub call_taker: bool,
    /// The caller's number as given in the form (to prefill the texting form).
    pub phone: Option<String>,
    /// A message about the text (sent, not set up, failed).
    pub notice: Option<String>,
}

/// A new form instance id (128 random bits).
pub fn new_form_id() -> String {
    uuid::Uuid::new_v4().simple().to_string()
}

/// `/report` and `/report/done`.
#[component]
pub fn ReportPage() -> impl IntoView {
    let c = use_catalog();
    if let Some(done) = use_context::<DoneState>() {
        return done_view(c, done).into_any();
    }
    let state = use_context::<WizardState>().unwrap_or_else(|| {
        // `?call_taker=1` from the staff home page opens the form for a caller (honoured only for
        // signed-in staff when it is sent).
        let call_taker =
            leptos_router::hooks::use_query_map().with_untracked(|q| q.get("call_taker").as_deref() == Some("1"));
        WizardState { form_id: new_form_id(), call_taker, ..Default::default() }
    });
    wizard_view(c, state).into_any()
}

fn options<T: Copy>(all: &[T], code: impl Fn(T) -> &'static str, prefix: &str) -> Vec<(&'static str, String)> {
    all.iter().map(|v| (code(*v), format!("{prefix}{}", code(*v)))).collect()
}

fn wizard_view(c: &'static Catalog, st: WizardState) -> impl IntoView {
    let t = move |id: &str| c.t(id);
    let step = st.step.min(STEPS.len() - 1);
    let current = STEPS[step];
    let total = STEPS.len() as i64;
    let progress =
        c.t_args("report-step-progress", &[("current", &(step + 1).to_string()), ("total", &total.to_string())]);
    let step_title = t(&format!("report-step-{}", current.key));
    let fields = Fields { catalog: c, values: &st.values, errors: &st.errors };
    let summary = error_summary(c, &st.errors, current.fields);
    let notice = st.notice.clone().map(|n| view! { <div class="error-summary" role="alert"><p>{n}</p></div> });
    let call_taker = st.call_taker.then(|| {
        view! {
            <p class="callout">{t("report-call-taker")}</p>
            <input type="hidden" name="call_taker" value="1" form="wizard-form" />
        }
    });
    let body = match current.key {
        "what" => step_what(&fields, &st).into_any(),
        "employer" => step_employer(&fields).into_any(),
        "job" => step_job(&fields).into_any(),
        "safety" => step_safety(&fields).into_any(),
        "contact" => step_contact(&fields).into_any(),
        _ => review(c, &st.values).into_any(),
    };
    let hidden = hidden_values(&st.values, current.fields);
    let is_review = current.key == "review";
    let title = format!("{step_title} · {}", t("report-title"));
    view! {
        <Layout catalog=c title=title>
            <h1>{t("report-title")}</h1>
            <p class="progress">{progress}</p>
            <h2>{step_title}</h2>
            {notice}
            {summary}
            {call_taker}
            <form method="post" action="/report" novalidate="" accept-charset="utf-8" id="wizard-form">
                <input type="hidden" name="form_id" value=st.form_id.clone() />
                <input type="hidden" name="step" value=step.to_string() />
                {hidden}
                {body}
                <div class="form-actions">
                    {if is_review {
                        view! {
                            <button class="primary" type="submit" name="nav" value="send" formaction="/report/done">
                                {t("report-send")}
                            </button>
                        }
                            .into_any()
                    } else {
                        view! {
                            <button class="primary" type="submit" name="nav" value="next">
                                {t("report-next")}
                            </button>
                        }
                            .into_any()
                    }}
                    {(step > 0).then(|| view! {
                        <button type="submit" name="nav" value="back">{t("report-back")}</button>
                    })}
                </div>
            </form>
        </Layout>
    }
}

fn error_summary(c: &'static Catalog, errors: &FieldErrors, fields: &[&str]) -> AnyView {
    let here: Vec<(&String, usize)> = errors
        .iter()
        .filter(|(f, _)| fields.contains(&f.as_str()) || fields.is_empty())
        .map(|(f, l)| (f, l.len()))
        .collect();
    if here.is_empty() {
        return ().into_any();
    }
    let count: usize = here.iter().map(|(_, n)| *n).sum();
    let fields = Fields { catalog: c, values: &FormValues::default(), errors };
    let links = here
        .iter()
        .map(|(f, _)| {
            let msg = fields.messages(f).join(" ");
            view! { <li><a href=format!("#{}", field_id(f))>{msg}</a></li> }
        })
        .collect_view();
    view! {
        <div class="error-summary" role="alert" tabindex="-1" id="error-summary">
            <p><strong>{c.t_num("report-errors-summary", "count", count as i64)}</strong></p>
            <ul>{links}</ul>
        </div>
    }
    .into_any()
}

fn step_what(f: &Fields<'_>, st: &WizardState) -> impl IntoView {
    let c = f.catalog;
    let today = chrono::Utc::now().date_naive();
    let min = reclamo_shared::wage::minimum_wage_on(reclamo_shared::wage::Jurisdiction::Denver, today);
    let labels = EstimateLabels {
        title: c.t("estimate-title"),
        hours: c.t("estimate-hours"),
        rate: c.t("estimate-rate"),
        paid: c.t("estimate-paid"),
        submit: c.t("estimate-submit"),
        result_template: c.t_args("estimate-result", &[("amount", "%AMOUNT%")]),
        minimum_note: min
            .map(|m| {
                c.t_args("estimate-minimum-note", &[("year", &m.year.to_string()), ("wage", &m.hourly.to_string())])
            })
            .unwrap_or_default(),
        invalid: c.t("error-invalid-number"),
    };
    let result = st.estimate.as_ref().map(|e| labels.result_template.replace("%AMOUNT%", &e.amount.to_string()));
    let est_error = ["est.hours", "est.rate", "est.paid"].iter().any(|k| st.errors.contains_key(*k));
    let [hours, rate, paid] = st.estimate_inputs.clone();
    view! {
        {f.choices("violations", None, &options(Violation::ALL, Violation::code, "violation-"), true)}
        {f.input("period_start", None, "date", None, "off")}
        {f.input("period_end", None, "date", None, "off")}
        <EstimateHelper
            labels=labels
            hours=hours
            rate=rate
            paid=paid
            result=result
            error=est_error
            year=min.map(|m| m.year).unwrap_or(2026)
        />
        {f.input("estimated_owed", Some("what-amount-hint"), "text", Some("decimal"), "off")}
        {f.textarea("narrative", Some("what-narrative-hint"))}
        {f.input("coworkers_affected", None, "text", Some("numeric"), "off")}
    }
}

fn step_employer(f: &Fields<'_>) -> impl IntoView {
    view! {
        {f.input("employer.name", None, "text", None, "organization")}
        {f.input("employer.address", None, "text", None, "off")}
        {f.input("employer.phone", None, "tel", Some("tel"), "off")}
        {f.select("employer.industry", "employer-industry-choose", &options(Industry::ALL, Industry::code, "industry-"))}
        {f.input("employer.supervisor", None, "text", None, "off")}
        {f.yes_no("employer.staffing_agency", None, true)}
        {f.input("employer.agency_name", None, "text", None, "off")}
    }
}

fn step_job(f: &Fields<'_>) -> impl IntoView {
    view! {
        {f.input("job.role", None, "text", None, "organization-title")}
        {f.input("job.start", None, "date", None, "off")}
        {f.input("job.end", None, "date", None, "off")}
        {f.yes_no("job.still_employed", None, true)}
        {f.input("job.pay_rate", None, "text", Some("decimal"), "off")}
        {f.choices("job.pay_basis", None, &options(PayBasis::ALL, PayBasis::code, "basis-"), false)}
        {f.choices("job.pay_frequency", None, &options(PayFrequency::ALL, PayFrequency::code, "freq-"), false)}
        {f.input("job.usual_hours", None, "text", Some("numeric"), "off")}
        {f.yes_no("job.paid_cash", None, true)}
    }
}

fn step_safety(f: &Fields<'_>) -> impl IntoView {
    let questions =
        RETALIATION_QUESTIONS.iter().map(|q| f.yes_no(&format!("retaliation.{q}"), None, false)).collect_view();
    view! {
        <p>{f.catalog.t("safety-intro")}</p>
        {questions}
        {f.textarea("retaliation.details", None)}
    }
}

fn step_contact(f: &Fields<'_>) -> impl IntoView {
    let c = f.catalog;
    let anonymous = f.values.get("anonymous").is_some();
    let methods = options(ContactMethod::ALL, ContactMethod::code, "method-");
    view! {
        <p>{c.t("contact-intro")}</p>
        <div class="field">
            <label class="choice" for="f-anonymous">
                <input type="checkbox" id="f-anonymous" name="anonymous" value="on" checked=anonymous aria-describedby="f-anonymous-hint" />
                <span><strong>{c.t(label_id("anonymous"))}</strong></span>
            </label>
            <p class="hint" id="f-anonymous-hint">{c.t("contact-anonymous-hint")}</p>
        </div>
        {f.input("contact.name", None, "text", None, "nickname")}
        {f.input("contact.phone", None, "tel", Some("tel"), "tel")}
        {f.input("contact.email", None, "email", Some("email"), "email")}
        {f.choices("contact.method", None, &methods, false)}
        {f.input("contact.safe_times", None, "text", None, "off")}
        {f.yes_no("contact.sms_ok", None, false)}
        {f.yes_no("contact.voicemail_ok", None, false)}
        {f.yes_no("contact.share_name_with_employer", Some("contact-share-name-hint"), false)}
    }
}

/// The review step: every answer, grouped by step, each group with a button back to its step.
fn review(c: &'static Catalog, values: &FormValues) -> impl IntoView {
    let t = move |id: &str| c.t(id);
    let none = t("review-none");
    let show = |name: &str| -> String {
        let all = values.all(name);
        let all: Vec<&str> = all.into_iter().filter(|v| !v.trim().is_empty()).collect();
        if all.is_empty() {
            return none.clone();
        }
        all.iter()
            .map(|v| {
                let id = label_for_value(name, v);
                match id {
                    Some(id) => t(&id),
                    None => (*v).to_owned(),
                }
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    let anonymous = values.get("anonymous").is_some();
    let groups = STEPS[..STEPS.len() - 1]
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let rows = s
                .fields
                .iter()
                .filter(|f| !(anonymous && f.starts_with("contact.")))
                .map(|f| {
                    let value = if *f == "anonymous" {
                        if anonymous { t("review-anonymous") } else { t("answer-no") }
                    } else {
                        show(f)
                    };
                    view! { <dt>{t(label_id(f))}</dt><dd>{value}</dd> }
                })
                .collect_view();
            view! {
                <section class="review-group">
                    <h3>{t(&format!("report-step-{}", s.key))}</h3>
                    <dl>{rows}</dl>
                    <button type="submit" name="nav" value=format!("goto-{i}")>
                        {t("review-edit")}
                        <span class="visually-hidden">{format!(": {}", t(&format!("report-step-{}", s.key)))}</span>
                    </button>
                </section>
            }
        })
        .collect_view();
    view! {
        <p>{t("review-intro")}</p>
        {groups}
        <p>{t("review-consent")}</p>
    }
}

/// For coded answers, the translation id of the chosen option.
fn label_for_value(field: &str, value: &str) -> Option<String> {
    match field {
        "violations" => Violation::from_code(value).map(|v| format!("violation-{}", v.code())),
        "employer.industry" => Industry::from_code(value).map(|v| format!("industry-{}", v.code())),
        "job.pay_basis" => PayBasis::from_code(value).map(|v| format!("basis-{}", v.code())),
        "job.pay_frequency" => PayFrequency::from_code(value).map(|v| format!("freq-{}", v.code())),
        "contact.method" => ContactMethod::from_code(value).map(|v| format!("method-{}", v.code())),
        _ => Answer::from_code(value).map(|v| format!("answer-{}", v.code())),
    }
}

fn done_view(c: &'static Catalog, d: DoneState) -> impl IntoView {
    let t = move |id: &str| c.t(id);
    let langs = i18n::catalogs()
        .iter()
        .map(|l| view! { <option value=l.code lang=l.code selected=l.code == c.code>{l.native_name.clone()}</option> })
        .collect_view();
    view! {
        <Layout catalog=c title=t("done-title")>
            <h1>{t("done-title")}</h1>
            <div class="codes">
                <p>{t("done-tracking")}</p>
                <p class="code" id="tracking-code">{d.tracking_grouped.clone()}</p>
                <p>{t("done-access")}</p>
                <p class="code" id="access-code">{d.access_grouped.clone()}</p>
            </div>
            <p><strong>{t("done-save")}</strong></p>
            <form method="post" action="/report/receipt" class="receipt-form">
                <input type="hidden" name="tracking_code" value=d.tracking.clone() />
                <input type="hidden" name="access_code" value=d.access.clone() />
                <label for="receipt-language">{t("language-switcher-label")}</label>
                <select id="receipt-language" name="language">{langs}</select>
                <label class="choice" for="include-access">
                    <input type="checkbox" id="include-access" name="include_access" value="yes" />
                    <span>{t("done-receipt-include-access")}</span>
                </label>
                <button type="submit" class="primary">{t("done-receipt")}</button>
            </form>
            {d.notice.clone().map(|n| view! { <div class="notice" role="status"><p>{n}</p></div> })}
            {d.call_taker.then(|| view! {
                <section aria-labelledby="sms-codes-title">
                    <h2 id="sms-codes-title">{t("done-sms-title")}</h2>
                    <form method="post" action="/report/codes" accept-charset="utf-8">
                        <input type="hidden" name="tracking_code" value=d.tracking.clone() />
                        <input type="hidden" name="access_code" value=d.access.clone() />
                        <div class="field">
                            <label for="sms-phone">{t("done-sms-phone")}</label>
                            <input type="tel" id="sms-phone" name="phone" autocomplete="off" value=d.phone.clone().unwrap_or_default() />
                        </div>
                        <button type="submit">{t("done-sms-send")}</button>
                    </form>
                </section>
            })}
            {crate::components::evidence::evidence_form(c, d.tracking.clone(), d.access.clone(), d.evidence)}
            <h2>{t("done-next-title")}</h2>
            <ol>
                <li>{t("done-next-1")}</li>
                <li>{t("done-next-2")}</li>
                <li>{t("done-next-3")}</li>
            </ol>
            <p>
                <a href=HOTLINE_TEL>{c.t_args("footer-hotline", &[("phone", HOTLINE_DISPLAY)])}</a>
            </p>
        </Layout>
    }
}
