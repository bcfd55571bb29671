//! Form fields that work without JavaScript and carry their errors accessibly: each input has a
//! visible label, optional hint, and, when invalid, `aria-invalid` plus an error message it is
//! described by, in the worker's language.

use crate::i18n::Catalog;
use leptos::prelude::*;
use reclamo_shared::complaint::FieldErrors;
use reclamo_shared::form::FormValues;

/// The DOM id of a field's input (`employer.name` -> `f-employer-name`).
pub fn field_id(name: &str) -> String {
    format!("f-{}", name.replace(['.', '_'], "-"))
}

/// The translation id of a field's label: the one place a field name meets its label (the
/// wizard's inputs, its review step and the staff case page all ask here).
pub fn label_id(field: &str) -> &'static str {
    match field {
        "violations" => "what-violations-legend",
        "period_start" => "what-period-start",
        "period_end" => "what-period-end",
        "estimated_owed" => "what-amount",
        "narrative" => "what-narrative",
        "coworkers_affected" => "what-coworkers",
        "employer.name" => "employer-name",
        "employer.address" => "employer-address",
        "employer.phone" => "employer-phone",
        "employer.industry" => "employer-industry",
        "employer.supervisor" => "employer-supervisor",
        "employer.staffing_agency" => "employer-agency",
        "employer.agency_name" => "employer-agency-name",
        "job.role" => "job-role",
        "job.start" => "job-start",
        "job.end" => "job-end",
        "job.still_employed" => "job-still",
        "job.pay_rate" => "job-pay-rate",
        "job.pay_basis" => "job-pay-basis",
        "job.pay_frequency" => "job-pay-frequency",
        "job.usual_hours" => "job-hours",
        "job.paid_cash" => "job-cash",
        "retaliation.immigration_threat" => "safety-immigration_threat",
        "retaliation.status_report_threat" => "safety-status_report_threat",
        "retaliation.fired" => "safety-fired",
        "retaliation.hours_cut" => "safety-hours_cut",
        "retaliation.violence" => "safety-violence",
        "retaliation.blacklist" => "safety-blacklist",
        "retaliation.details" => "safety-details",
        "anonymous" => "contact-anonymous",
        "contact.name" => "contact-name",
        "contact.phone" => "contact-phone",
        "contact.email" => "contact-email",
        "contact.method" => "contact-method",
        "contact.safe_times" => "contact-safe-times",
        "contact.sms_ok" => "contact-sms-ok",
        "contact.voicemail_ok" => "contact-voicemail-ok",
        "contact.share_name_with_employer" => "contact-share-name",
        "tracking_code" => "status-tracking",
        "access_code" => "status-access",
        _ => "review-none",
    }
}

/// Everything a field needs to render itself.
#[derive(Clone, Copy)]
pub struct Fields<'a> {
    /// Language.
    pub catalog: &'static Catalog,
    /// Current values.
    pub values: &'a FormValues,
    /// Current errors.
    pub errors: &'a FieldErrors,
}

impl Fields<'_> {
    /// Translated messages of a field's errors.
    pub fn messages(&self, name: &str) -> Vec<String> {
        self.errors
            .get(name)
            .map(|list| {
                list.iter()
                    .map(|(code, arg)| match arg {
                        Some(n) => self.catalog.t_num(&code.message_id(), "max", i64::from(*n)),
                        None => self.catalog.t(&code.message_id()),
                    })
                    .collect()
            })
            .unwrap_or_default()
    }

    fn error_view(&self, name: &str) -> (Option<String>, AnyView) {
        let msgs = self.messages(name);
        if msgs.is_empty() {
            return (None, ().into_any());
        }
        let id = format!("{}-error", field_id(name));
        let view = view! { <p class="error" id=id.clone()>{msgs.join(" ")}</p> }.into_any();
        (Some(id), view)
    }

    fn describedby(hint: &Option<String>, err: &Option<String>) -> Option<String> {
        let ids: Vec<&str> = [hint.as_deref(), err.as_deref()].into_iter().flatten().collect();
        (!ids.is_empty()).then(|| ids.join(" "))
    }

    /// A one-line input. `kind`: `text`, `tel`, `email`, `date`; `inputmode` helps phone keypads.
    pub fn input(
        &self,
        name: &str,
        hint_id: Option<&str>,
        kind: &'static str,
        inputmode: Option<&'static str>,
        autocomplete: &'static str,
    ) -> AnyView {
        let id = field_id(name);
        let value = self.values.get(name).unwrap_or("").to_owned();
        let hint_dom = hint_id.map(|_| format!("{id}-hint"));
        let (err_dom, err_view) = self.error_view(name);
        let described = Self::describedby(&hint_dom, &err_dom);
        let hint = hint_id.map(|h| self.catalog.t(h));
        view! {
            <div class="field">
                <label for=id.clone()>{self.catalog.t(label_id(name))}</label>
                {hint.map(|h| view! { <p class="hint" id=hint_dom.clone()>{h}</p> })}
                {err_view}
                <input
                    type=kind
                    id=id
                    name=name.to_owned()
                    value=value
                    inputmode=inputmode
                    autocomplete=autocomplete
                    aria-invalid=err_dom.is_some().then_some("true")
                    aria-describedby=described
                />
            </div>
        }
        .into_any()
    }

    /// A multi-line text box.
    pub fn textarea(&self, name: &str, hint_id: Option<&str>) -> AnyView {
        let id = field_id(name);
        let value = self.values.get(name).unwrap_or("").to_owned();
        let hint_dom = hint_id.map(|_| format!("{id}-hint"));
        let (err_dom, err_view) = self.error_view(name);
        let described = Self::describedby(&hint_dom, &err_dom);
        let hint = hint_id.map(|h| self.catalog.t(h));
        view! {
            <div class="field">
                <label for=id.clone()>{self.catalog.t(label_id(name))}</label>
                {hint.map(|h| view! { <p class="hint" id=hint_dom.clone()>{h}</p> })}
                {err_view}
                <textarea
                    id=id
                    name=name.to_owned()
                    rows="6"
                    aria-invalid=err_dom.is_some().then_some("true")
                    aria-describedby=described
                >
                    {value}
                </textarea>
            </div>
        }
        .into_any()
    }

    /// Radio buttons (`multiple = false`) or checkboxes (`multiple = true`) in a fieldset.
    /// `options`: (value, translation id).
    pub fn choices(&self, name: &str, hint_id: Option<&str>, options: &[(&str, String)], multiple: bool) -> AnyView {
        let id = field_id(name);
        let hint_dom = hint_id.map(|_| format!("{id}-hint"));
        let (err_dom, err_view) = self.error_view(name);
        let described = Self::describedby(&hint_dom, &err_dom);
        let hint = hint_id.map(|h| self.catalog.t(h));
        let kind = if multiple { "checkbox" } else { "radio" };
        let items = options
            .iter()
            .enumerate()
            .map(|(i, (value, option_id))| {
                let oid = format!("{id}-{i}");
                let label_for = oid.clone();
                let checked = self.values.has(name, value);
                view! {
                    <label class="choice" for=label_for>
                        <input type=kind id=oid name=name.to_owned() value=value.to_string() checked=checked />
                        <span>{self.catalog.t(option_id)}</span>
                    </label>
                }
            })
            .collect_view();
        view! {
            <fieldset
                class="field"
                id=id
                aria-invalid=err_dom.is_some().then_some("true")
                aria-describedby=described
            >
                <legend>{self.catalog.t(label_id(name))}</legend>
                {hint.map(|h| view! { <p class="hint" id=hint_dom.clone()>{h}</p> })}
                {err_view}
                {items}
            </fieldset>
        }
        .into_any()
    }

    /// Yes / No (/ I don't know) radios.
    pub fn yes_no(&self, name: &str, hint_id: Option<&str>, with_unsure: bool) -> AnyView {
        let mut opts = vec![("yes", "answer-yes".to_owned()), ("no", "answer-no".to_owned())];
        if with_unsure {
            opts.push(("unsure", "answer-unsure".to_owned()));
        }
        self.choices(name, hint_id, &opts, false)
    }

    /// A drop-down list with an empty first choice.
    pub fn select(&self, name: &str, placeholder_id: &str, options: &[(&str, String)]) -> AnyView {
        let id = field_id(name);
        let (err_dom, err_view) = self.error_view(name);
        let opts = options
            .iter()
            .map(|(value, option_id)| {
                let selected = self.values.has(name, value);
                view! { <option value=value.to_string() selected=selected>{self.catalog.t(option_id)}</option> }
            })
            .collect_view();
        view! {
            <div class="field">
                <label for=id.clone()>{self.catalog.t(label_id(name))}</label>
                {err_view}
                <select
                    id=id
                    name=name.to_owned()
                    aria-invalid=err_dom.is_some().then_some("true")
                    aria-describedby=err_dom.clone()
                >
                    <option value="">{self.catalog.t(placeholder_id)}</option>
                    {opts}
                </select>
            </div>
        }
        .into_any()
    }
}

/// Hidden inputs carrying answers from other steps (POST body only, never the URL).
pub fn hidden_values(values: &FormValues, except: &[&str]) -> AnyView {
    values
        .0
        .iter()
        .filter(|(k, _)| !except.contains(&k.as_str()))
        .map(|(k, v)| view! { <input type="hidden" name=k.clone() value=v.clone() /> })
        .collect_view()
        .into_any()
}
