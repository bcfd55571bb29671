//! Interactive islands: the only code that ships to the browser as wasm. Each takes its
//! translated labels as props; none is required for a page to work.

use leptos::prelude::*;
use reclamo_shared::money::Cents;
use serde::{Deserialize, Serialize};

/// The remedy calculator's form fields, as typed (one work period; the API takes many).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CalcValues {
    /// `denver` or `colorado`.
    pub jurisdiction: String,
    /// Interest runs to this date (YYYY-MM-DD).
    pub as_of: String,
    /// Period start (YYYY-MM-DD).
    pub start: String,
    /// Period end (YYYY-MM-DD).
    pub end: String,
    /// Hours worked.
    pub hours: String,
    /// Of those, overtime hours.
    pub overtime: String,
    /// Paid, in dollars.
    pub paid: String,
    /// Promised hourly rate, in dollars (empty: the minimum wage).
    pub rate: String,
    /// Tipped worker ("on").
    pub tipped: bool,
    /// Confirmed instances of retaliation, per kind in [`RetaliationKind::ALL`] order.
    ///
    /// [`RetaliationKind::ALL`]: reclamo_shared::retaliation::RetaliationKind::ALL
    pub instances: Vec<String>,
    /// Days the retaliation lasted.
    pub days: String,
    /// Employees affected.
    pub employees: String,
    /// Unpaid 14 days after a written demand.
    pub demand: bool,
    /// Willful.
    pub willful: bool,
}

/// The field names the calculator form posts (prefixed `calc.`).
pub const CALC_FIELDS: [&str; 14] = [
    "jurisdiction",
    "as_of",
    "start",
    "end",
    "hours",
    "overtime",
    "paid",
    "rate",
    "tipped",
    "instances",
    "days",
    "employees",
    "demand",
    "willful",
];

impl CalcValues {
    /// Reads the form's `calc.*` fields.
    pub fn from_pairs(get: impl Fn(&str) -> Option<String>) -> CalcValues {
        let f = |k: &str| get(&format!("calc.{k}")).unwrap_or_default();
        let on = |k: &str| !f(k).is_empty();
        CalcValues {
            jurisdiction: f("jurisdiction"),
            as_of: f("as_of"),
            start: f("start"),
            end: f("end"),
            hours: f("hours"),
            overtime: f("overtime"),
            paid: f("paid"),
            rate: f("rate"),
            tipped: on("tipped"),
            instances: reclamo_shared::retaliation::RetaliationKind::ALL
                .iter()
                .map(|k| f(&format!("instances.{}", k.code())))
                .collect(),
            days: f("days"),
            employees: f("employees"),
            demand: on("demand"),
            willful: on("willful"),
        }
    }

    /// The calculator input, or the name of the first field that cannot be read.
    pub fn to_input(&self) -> Result<reclamo_shared::remedy::CalcInput, &'static str> {
        use reclamo_shared::remedy::{CalcInput, CalcJurisdiction, RetaliationCount, WorkPeriod};
        use reclamo_shared::retaliation::RetaliationKind;
        // YYYY-MM-DD read by hand: chrono's format parser would add kilobytes to the wasm.
        let date = |s: &str, field: &'static str| {
            let mut parts = s.trim().splitn(3, '-').map(|p| p.parse::<u32>().ok());
            match (parts.next().flatten(), parts.next().flatten(), parts.next().flatten()) {
                (Some(y), Some(m), Some(d)) => chrono::NaiveDate::from_ymd_opt(y as i32, m, d).ok_or(field),
                _ => Err(field),
            }
        };
        let amount = |s: &str, field: &'static str| {
            if s.trim().is_empty() { Ok(Cents(0)) } else { Cents::parse_dollars(s).ok_or(field) }
        };
        let count = |s: &str, field: &'static str, default: u32| {
            if s.trim().is_empty() { Ok(default) } else { s.trim().parse::<u32>().map_err(|_| field) }
        };
        let rate = if self.rate.trim().is_empty() { None } else { Some(amount(&self.rate, "rate")?) };
        let mut retaliation = Vec::new();
        for (kind, text) in RetaliationKind::ALL.into_iter().zip(&self.instances) {
            let instances = count(text, "instances", 0)?;
            if instances > 0 {
                retaliation.push(RetaliationCount { kind, instances });
            }
        }
        Ok(CalcInput {
            jurisdiction: if self.jurisdiction == "colorado" {
                CalcJurisdiction::Colorado
            } else {
                CalcJurisdiction::Denver
            },
            as_of: date(&self.as_of, "as_of")?,
            work_periods: vec![WorkPeriod {
                start: date(&self.start, "start")?,
                end: date(&self.end, "end")?,
                hours_hundredths: amount(&self.hours, "hours")?.0,
                overtime_hours_hundredths: amount(&self.overtime, "overtime")?.0,
                paid: amount(&self.paid, "paid")?,
                promised_hourly: rate,
                tipped: self.tipped,
            }],
            retaliation,
            retaliation_instances: 0,
            retaliation_days: count(&self.days, "days", 0)?,
            employees: count(&self.employees, "employees", 1)?.max(1),
            written_demand_unpaid_14_days: self.demand,
            willful: self.willful,
            prior_violation_within_5_years: false,
            // The server's configured percent applies when recorded; the preview uses the default.
            policy_escalation_percent: None,
        })
    }
}

/// Translated labels for the calculator (translated on the server).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CalcLabels {
    /// Field labels, in [`CALC_FIELDS`] order.
    pub fields: Vec<String>,
    /// Jurisdiction option labels (Denver, Colorado).
    pub jurisdictions: Vec<String>,
    /// Retaliation kind labels, in [`RetaliationKind::ALL`] order.
    ///
    /// [`RetaliationKind::ALL`]: reclamo_shared::retaliation::RetaliationKind::ALL
    pub kinds: Vec<String>,
    /// "Policy, not yet law".
    pub policy: String,
    /// Line labels by line code.
    pub lines: Vec<(String, String)>,
    /// "Total".
    pub total: String,
    /// "Verify with counsel".
    pub verify: String,
    /// "Check this field: %FIELD%".
    pub invalid: String,
    /// Button: calculate (no-JS path).
    pub calculate: String,
    /// Button: record as determination.
    pub record: String,
}

/// One computed line as shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ShownLine {
    /// The rule's code (its label is translated).
    pub code: String,
    /// The amount, as money.
    pub amount: String,
    /// The arithmetic.
    pub work: String,
    /// The citation.
    pub citation: String,
    /// Verify with counsel.
    pub verify: bool,
    /// Policy, not yet law.
    pub policy: bool,
}

/// Calculator lines as shown (the island here, recorded determinations on the staff page).
pub fn shown_lines(lines: &[reclamo_shared::remedy::Line]) -> Vec<ShownLine> {
    lines
        .iter()
        .map(|l| ShownLine {
            code: l.code.clone(),
            amount: Cents(l.amount_cents).to_string(),
            work: l.work.clone(),
            citation: l.citation.clone(),
            verify: l.verify_with_counsel,
            policy: l.policy,
        })
        .collect()
}

fn shown(calc: &reclamo_shared::remedy::Calculation) -> (Vec<ShownLine>, String) {
    (shown_lines(&calc.lines), Cents(calc.total_cents).to_string())
}

/// Computes what the form says, for display: lines and total, or an error text.
pub fn compute(values: &CalcValues, invalid: &str) -> Result<(Vec<ShownLine>, String), String> {
    let input = values.to_input().map_err(|f| invalid.replace("%FIELD%", f))?;
    reclamo_shared::remedy::calculate(&input).map(|c| shown(&c)).map_err(|e| invalid.replace("%FIELD%", e.code()))
}

/// The remedy calculator: recomputes line by line while typing (the same `shared` code the
/// server runs); without JavaScript its button asks the server. `action` is the form's target.
#[island]
pub fn RemedyCalculator(labels: CalcLabels, values: CalcValues, action: String) -> impl IntoView {
    let state = RwSignal::new(values);
    let invalid = labels.invalid.clone();
    let line_labels = labels.lines.clone();
    let total_label = labels.total.clone();
    let verify = labels.verify.clone();
    let policy = labels.policy.clone();
    let result = move || {
        let v = state.get();
        if v.start.trim().is_empty() || v.hours.trim().is_empty() {
            return view! { <p></p> }.into_any();
        }
        match compute(&v, &invalid) {
            Ok((lines, total)) => {
                let rows = lines
                    .into_iter()
                    .map(|l| {
                        let label =
                            line_labels.iter().find(|(c, _)| *c == l.code).map(|(_, t)| t.clone()).unwrap_or(l.code);
                        let mark = l.verify.then(|| view! { <span class="badge">{verify.clone()}</span> });
                        let policy_mark = l.policy.then(|| view! { " "<span class="badge">{policy.clone()}</span> });
                        view! {
                            <tr><th scope="row">{label}" "{mark}{policy_mark}</th><td class="amount">{l.amount}</td>
                                <td><span class="work">{l.work}</span><br/><small>{l.citation}</small></td></tr>
                        }
                    })
                    .collect_view();
                view! {
                    <table class="calc-lines"><tbody>{rows}</tbody>
                        <tfoot><tr><th scope="row">{total_label.clone()}</th><td class="amount">{total}</td><td></td></tr></tfoot>
                    </table>
                }
                .into_any()
            }
            Err(e) => view! { <p class="error-message">{e}</p> }.into_any(),
        }
    };
    let fields_a = labels.fields.clone();
    let fields_b = labels.fields.clone();
    let field = move |i: usize, name: &'static str, kind: &'static str| {
        let label = fields_a.get(i).cloned().unwrap_or_default();
        let id = format!("calc-{name}");
        let current = state.with_untracked(|v| match name {
            "as_of" => v.as_of.clone(),
            "start" => v.start.clone(),
            "end" => v.end.clone(),
            "hours" => v.hours.clone(),
            "overtime" => v.overtime.clone(),
            "paid" => v.paid.clone(),
            "rate" => v.rate.clone(),
            "days" => v.days.clone(),
            _ => v.employees.clone(),
        });
        let set = move |value: String| {
            state.update(|v| match name {
                "as_of" => v.as_of = value,
                "start" => v.start = value,
                "end" => v.end = value,
                "hours" => v.hours = value,
                "overtime" => v.overtime = value,
                "paid" => v.paid = value,
                "rate" => v.rate = value,
                "days" => v.days = value,
                _ => v.employees = value,
            })
        };
        view! {
            <div class="field">
                <label for=id.clone()>{label}</label>
                <input type=kind id=id name=format!("calc.{name}") value=current inputmode=(kind == "text").then_some("decimal")
                    autocomplete="off" on:input=move |ev| set(event_target_value(&ev)) />
            </div>
        }
    };
    let check = move |i: usize, name: &'static str| {
        let label = fields_b.get(i).cloned().unwrap_or_default();
        let id = format!("calc-{name}");
        let checked = state.with_untracked(|v| match name {
            "tipped" => v.tipped,
            "demand" => v.demand,
            _ => v.willful,
        });
        view! {
            <div class="field check">
                <input type="checkbox" id=id.clone() name=format!("calc.{name}") checked=checked
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        state.update(|v| match name { "tipped" => v.tipped = on, "demand" => v.demand = on, _ => v.willful = on });
                    } />
                <label for=id>{label}</label>
            </div>
        }
    };
    let instances_legend = labels.fields.get(9).cloned().unwrap_or_default();
    let kind_inputs = reclamo_shared::retaliation::RetaliationKind::ALL
        .iter()
        .enumerate()
        .map(|(i, kind)| {
            let code = kind.code();
            let id = format!("calc-instances-{code}");
            let current = state.with_untracked(|v| v.instances.get(i).cloned().unwrap_or_default());
            view! {
                <div class="field">
                    <label for=id.clone()>{labels.kinds.get(i).cloned().unwrap_or_default()}</label>
                    <input type="text" id=id name=format!("calc.instances.{code}") value=current inputmode="numeric"
                        autocomplete="off" on:input=move |ev| {
                            let value = event_target_value(&ev);
                            state.update(|v| {
                                v.instances.resize(reclamo_shared::retaliation::RetaliationKind::ALL.len(), String::new());
                                v.instances[i] = value;
                            })
                        } />
                </div>
            }
        })
        .collect_view();
    let jur_label = labels.fields.first().cloned().unwrap_or_default();
    let colorado = state.with_untracked(|v| v.jurisdiction == "colorado");
    let denver_label = labels.jurisdictions.first().cloned().unwrap_or_default();
    let colorado_label = labels.jurisdictions.get(1).cloned().unwrap_or_default();
    view! {
        <form method="post" action=action class="calculator" accept-charset="utf-8">
            <div class="field">
                <label for="calc-jurisdiction">{jur_label}</label>
                <select id="calc-jurisdiction" name="calc.jurisdiction"
                    on:change=move |ev| { let v = event_target_value(&ev); state.update(|s| s.jurisdiction = v) }>
                    <option value="denver" selected=!colorado>{denver_label}</option>
                    <option value="colorado" selected=colorado>{colorado_label}</option>
                </select>
            </div>
            {field(1, "as_of", "date")}
            {field(2, "start", "date")}
            {field(3, "end", "date")}
            {field(4, "hours", "text")}
            {field(5, "overtime", "text")}
            {field(6, "paid", "text")}
            {field(7, "rate", "text")}
            {check(8, "tipped")}
            <fieldset class="calc-instances"><legend>{instances_legend}</legend>{kind_inputs}</fieldset>
            {field(10, "days", "text")}
            {field(11, "employees", "text")}
            {check(12, "demand")}
            {check(13, "willful")}
            <div class="calc-result" aria-live="polite">{result}</div>
            <div class="form-actions">
                <button type="submit" name="op" value="calculate">{labels.calculate.clone()}</button>
                <button class="primary" type="submit" name="op" value="record">{labels.record.clone()}</button>
            </div>
        </form>
    }
}
