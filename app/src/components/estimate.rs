//! The estimate helper on the wizard's first step: a plain form section that works without
//! JavaScript (its button asks the server), made live by the small `reclamo-estimate` wasm module
//! where scripts run. It is not a Leptos island, so `/report` carries no framework runtime.

use leptos::prelude::*;

/// Translated labels for the estimate helper.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
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

/// Where the built estimate module is served (content-hashed names under `/pkg`), put in each
/// request's extensions by the server when the module was built.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EstimateModule {
    /// `/pkg/estimate-HASH.js` (wasm-bindgen's loader).
    pub js: String,
    /// `/pkg/estimate-HASH_bg.wasm`.
    pub wasm: String,
}

/// Loads the module and recomputes on every keystroke. Values reach the script through data
/// attributes only (never spliced into its text), so the script is one fixed string.
const LIVE_SCRIPT: &str = r#"(async () => {
  const box = document.querySelector('details.estimate[data-js]');
  if (!box) return;
  const m = await import(box.dataset.js);
  await m.default({ module_or_path: box.dataset.wasm });
  const out = box.querySelector('.estimate-result');
  const server = out.textContent;
  const field = (id) => box.querySelector(id);
  const update = () => {
    const text = m.estimate(field('#est-hours').value, field('#est-rate').value, field('#est-paid').value,
      Number(box.dataset.year), box.dataset.template, box.dataset.invalid);
    out.textContent = text || server;
  };
  box.addEventListener('input', update);
  update();
})();"#;

/// The estimate section (inside the wizard's form).
#[component]
pub fn EstimateHelper(
    labels: EstimateLabels,
    hours: String,
    rate: String,
    paid: String,
    result: Option<String>,
    error: bool,
    year: i32,
) -> impl IntoView {
    let module = use_context::<http::request::Parts>().and_then(|p| p.extensions.get::<EstimateModule>().cloned());
    let nonce = leptos::nonce::use_nonce();
    let open = error || !rate.is_empty();
    let (js, wasm) = module.as_ref().map(|m| (m.js.clone(), m.wasm.clone())).unzip();
    view! {
        <details class="estimate" open=open data-js=js data-wasm=wasm data-year=year.to_string()
            data-template=labels.result_template.clone() data-invalid=labels.invalid.clone()>
            <summary>{labels.title.clone()}</summary>
            <label for="est-hours">{labels.hours.clone()}</label>
            <input type="text" id="est-hours" name="est.hours" inputmode="decimal" autocomplete="off" value=hours />
            <label for="est-rate">{labels.rate.clone()}</label>
            <input type="text" id="est-rate" name="est.rate" inputmode="decimal" autocomplete="off" value=rate />
            <label for="est-paid">{labels.paid.clone()}</label>
            <input type="text" id="est-paid" name="est.paid" inputmode="decimal" autocomplete="off" value=paid />
            <p class="hint">{labels.minimum_note.clone()}</p>
            <p class="estimate-result" aria-live="polite">{result.unwrap_or_default()}</p>
            <button type="submit" name="nav" value="estimate">{labels.submit.clone()}</button>
        </details>
        {module.map(|_| view! { <script type="module" nonce=nonce inner_html=LIVE_SCRIPT></script> })}
    }
}
