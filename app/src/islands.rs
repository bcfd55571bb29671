//! Interactive islands: the only code that ships to the browser as wasm. Each takes its
//! translated labels as props; none is required for a page to work.

use leptos::prelude::*;
use reclamo_shared::money::Cents;
use serde::{Deserialize, Serialize};

/// Translated labels for the estimate helper (translated on the server; no catalogue in wasm).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EstimateLabels {
    /// Section title.
    pub title: String,
    /// Hours label.
    pub hours: String,
    /// Promised rate label.
    pub rate: String,
    /// Paid label.
    pub paid: String,
    /// Button (no-JS path: the server computes).
    pub submit: String,
    /// "You may be owed about %AMOUNT%."
    pub result_template: String,
    /// The minimum-wage note.
    pub minimum_note: String,
    /// "Enter a number."
    pub invalid: String,
}

/// Live estimate of unpaid wages while typing; without JavaScript its button asks the server.
#[island]
pub fn EstimateHelper(
    labels: EstimateLabels,
    hours: String,
    rate: String,
    paid: String,
    result: Option<String>,
    error: bool,
    year: i32,
) -> impl IntoView {
    let hours = RwSignal::new(hours);
    let rate = RwSignal::new(rate);
    let paid = RwSignal::new(paid);
    let server_result = result;
    let template = labels.result_template.clone();
    let invalid = labels.invalid.clone();
    let live = move || {
        let (h, r, p) = (hours.get(), rate.get(), paid.get());
        if h.trim().is_empty() && r.trim().is_empty() {
            return server_result.clone().unwrap_or_default();
        }
        let parse = |s: &str| {
            if s.trim().is_empty() { Some(Cents(0)) } else { Cents::parse_dollars(s) }
        };
        match (parse(&h), parse(&r), parse(&p)) {
            (Some(h), Some(r), Some(p)) => {
                let date = chrono::NaiveDate::from_ymd_opt(year, 7, 1).unwrap_or_default();
                reclamo_shared::wage::estimate_unpaid(h.0, r, p, date, false)
                    .map(|amount| template.replace("%AMOUNT%", &amount.to_string()))
                    .unwrap_or_default()
            }
            _ => invalid.clone(),
        }
    };
    view! {
        <details class="estimate" open=error || !rate.get_untracked().is_empty()>
            <summary>{labels.title.clone()}</summary>
            <label for="est-hours">{labels.hours.clone()}</label>
            <input type="text" id="est-hours" name="est.hours" inputmode="decimal" autocomplete="off"
                value=hours.get_untracked() on:input=move |ev| hours.set(event_target_value(&ev)) />
            <label for="est-rate">{labels.rate.clone()}</label>
            <input type="text" id="est-rate" name="est.rate" inputmode="decimal" autocomplete="off"
                value=rate.get_untracked() on:input=move |ev| rate.set(event_target_value(&ev)) />
            <label for="est-paid">{labels.paid.clone()}</label>
            <input type="text" id="est-paid" name="est.paid" inputmode="decimal" autocomplete="off"
                value=paid.get_untracked() on:input=move |ev| paid.set(event_target_value(&ev)) />
            <p class="hint">{labels.minimum_note.clone()}</p>
            <p class="estimate-result" aria-live="polite">{live}</p>
            <button type="submit" name="nav" value="estimate">{labels.submit.clone()}</button>
        </details>
    }
}
