//! The wizard and status page through plain form POSTs, as a browser without JavaScript sends them.

use crate::complaints::count;
use crate::helpers::{Backend, TestApp, spawn_app};

fn form_id_of(html: &str) -> String {
    let at = html.find("name=\"form_id\" value=\"").expect("form_id") + 22;
    html[at..at + 32].to_owned()
}

fn code_in(html: &str, id: &str) -> String {
    let at = html.find(&format!("id=\"{id}\"")).expect(id);
    let start = html[at..].find('>').unwrap() + at + 1;
    let end = html[start..].find('<').unwrap() + start;
    html[start..end].replace('-', "")
}

async fn post_form(app: &TestApp, path: &str, pairs: &[(&str, &str)], lang: &str) -> String {
    let res = app
        .client
        .post(app.url(path))
        .header("cookie", format!("reclamo_lang={lang}"))
        .form(pairs)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200, "{path}");
    res.text().await.unwrap()
}

fn full_answers(form_id: &str) -> Vec<(&'static str, String)> {
    vec![
        ("form_id", form_id.to_owned()),
        ("step", "5".into()),
        ("nav", "send".into()),
        ("violations", "unpaid_wages".into()),
        ("violations", "overtime".into()),
        ("narrative", "El patrón dijo que iba a llamar a la migra si me quejaba.".into()),
        ("employer.name", "Construcciones Norte".into()),
        ("job.pay_basis", "hour".into()),
        ("retaliation.immigration_threat", "yes".into()),
        ("contact.phone", "720 555 0100".into()),
        ("contact.share_name_with_employer", "no".into()),
    ]
}

#[tokio::test]
async fn the_first_step_asks_nothing_about_status() {
    let app = spawn_app(Backend::Sqlite).await.unwrap();
    for lang in ["en", "es", "ar"] {
        let html = app.get(&format!("/report?lang={lang}")).await.text().await.unwrap();
        assert_eq!(form_id_of(&html).len(), 32);
        let lower = html.to_lowercase();
        for forbidden in ["immigration_status", "citizenship", "birthplace", "passport", "ssn", "a_number", "visa"] {
            assert!(!lower.contains(&format!("name=\"{forbidden}")), "{lang}: field {forbidden}");
        }
    }
}

#[tokio::test]
async fn an_invalid_step_comes_back_with_errors_and_answers_kept() {
    let app = spawn_app(Backend::Sqlite).await.unwrap();
    let html = app.get("/report").await.text().await.unwrap();
    let fid = form_id_of(&html);
    let html = post_form(
        &app,
        "/report",
        &[
            ("form_id", &fid),
            ("step", "0"),
            ("nav", "next"),
            ("narrative", "No me pagaron ＜nada＞"),
            ("estimated_owed", "mucho"),
        ],
        "es",
    )
    .await;
    assert!(html.contains("id=\"error-summary\""));
    assert!(html.contains("Elija al menos una cosa que pasó."), "Spanish error expected");
    assert!(html.contains("No me pagaron ＜nada＞"), "narrative kept");
    assert!(html.contains("aria-invalid=\"true\""));
    assert!(html.contains(&fid), "same form instance");
    assert_eq!(count(&app, "complaint").await, 0);
}

#[tokio::test]
async fn walking_the_steps_forward_and_back_keeps_everything() {
    let app = spawn_app(Backend::Sqlite).await.unwrap();
    let fid = form_id_of(&app.get("/report").await.text().await.unwrap());
    let html =
        post_form(&app, "/report", &[("form_id", &fid), ("step", "0"), ("nav", "next"), ("violations", "tips")], "en")
            .await;
    assert!(html.contains("<h2>Your employer</h2>"), "step 2 expected");
    assert!(html.contains("name=\"violations\" value=\"tips\""), "answer carried as hidden input");
    let html = post_form(
        &app,
        "/report",
        &[("form_id", &fid), ("step", "1"), ("nav", "back"), ("violations", "tips"), ("employer.name", "Café Luna")],
        "en",
    )
    .await;
    assert!(html.contains("<h2>What happened</h2>"));
    assert!(html.contains("value=\"tips\" checked"), "checkbox still checked");
    assert!(html.contains("name=\"employer.name\" value=\"Café Luna\""), "other step's answer kept");
}

#[tokio::test]
async fn estimate_helper_works_without_javascript() {
    let app = spawn_app(Backend::Sqlite).await.unwrap();
    let fid = form_id_of(&app.get("/report").await.text().await.unwrap());
    let html = post_form(
        &app,
        "/report",
        &[
            ("form_id", &fid),
            ("step", "0"),
            ("nav", "estimate"),
            ("est.hours", "40"),
            ("est.rate", "15"),
            ("est.paid", "500"),
        ],
        "en",
    )
    .await;
    // 40 h x Denver's $19.29 (promised $15 is below it) = $771.60, minus $500 paid.
    assert!(html.contains("You may be owed about $271.60."), "estimate shown");
    assert!(html.contains("name=\"estimated_owed\" value=\"271.60\""), "amount filled in");
}

#[tokio::test]
async fn sending_files_once_and_shows_codes_that_work() {
    let app = spawn_app(Backend::Sqlite).await.unwrap();
    let fid = form_id_of(&app.get("/report").await.text().await.unwrap());
    let answers = full_answers(&fid);
    let pairs: Vec<(&str, &str)> = answers.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let html = post_form(&app, "/report/done", &pairs, "vi").await;
    let tracking = code_in(&html, "tracking-code");
    let access = code_in(&html, "access-code");
    assert_eq!(tracking.len(), 10, "{html}");
    assert_eq!(access.len(), 15);
    assert!(!html.to_lowercase().contains("retaliation"), "the receipt must not reveal a retaliation flag");
    // A double tap or refresh: same codes, one complaint.
    let again = post_form(&app, "/report/done", &pairs, "vi").await;
    assert_eq!(code_in(&again, "tracking-code"), tracking);
    assert_eq!(code_in(&again, "access-code"), access);
    assert_eq!(count(&app, "complaint").await, 1);
    // The status page accepts the codes as printed (with dashes).
    let html = post_form(&app, "/status", &[("tracking_code", &tracking), ("access_code", &access)], "es").await;
    assert!(html.contains("Estado actual: Recibida"), "status shown in Spanish");
    assert!(html.contains("id=\"status-current\""));
}

#[tokio::test]
async fn sending_with_a_missing_answer_returns_to_that_step() {
    let app = spawn_app(Backend::Sqlite).await.unwrap();
    let fid = form_id_of(&app.get("/report").await.text().await.unwrap());
    let mut answers = full_answers(&fid);
    answers.retain(|(k, _)| *k != "employer.name");
    let pairs: Vec<(&str, &str)> = answers.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let html = post_form(&app, "/report/done", &pairs, "en").await;
    assert!(html.contains("<h2>Your employer</h2>"));
    assert!(html.contains("id=\"f-employer-name-error\""));
    assert!(html.contains("El patrón dijo"), "narrative carried, not lost");
    assert_eq!(count(&app, "complaint").await, 0);
}

#[tokio::test]
async fn status_page_answers_alike_for_unknown_and_wrong_codes() {
    let app = spawn_app(Backend::Sqlite).await.unwrap();
    let unknown = reclamo_shared::codes::TrackingCode::from_body("555555555").unwrap();
    let html =
        post_form(&app, "/status", &[("tracking_code", unknown.as_str()), ("access_code", "123451234512345")], "en")
            .await;
    assert!(html.contains("We could not find a complaint with those codes."));
    // A typo caught by the check digit is explained without any lookup.
    let mut typo = unknown.as_str().to_owned().into_bytes();
    typo[3] = if typo[3] == b'0' { b'1' } else { b'0' };
    let typo = String::from_utf8(typo).unwrap();
    let html = post_form(&app, "/status", &[("tracking_code", &typo), ("access_code", "1")], "en").await;
    assert!(html.contains("Check the code: a digit may be mistyped."), "check digit error expected");
    assert!(html.contains(&format!("value=\"{typo}\"")), "typed code kept");
}

#[tokio::test]
async fn a_call_taker_files_for_a_caller_and_texts_the_codes() {
    let mock = crate::outbox::TwilioMock::start().await;
    let twilio = mock.url.clone();
    let app = crate::helpers::spawn_app_with(Backend::Sqlite, move |s| {
        s.twilio_account_sid = Some("ACtest0000000000000000000000000000".into());
        s.twilio_auth_token = Some(reclamo_server::infra::config::Secret("test-auth-token".into()));
        s.twilio_from = Some("+13035550199".into());
        s.twilio_api_url = twilio;
    })
    .await
    .unwrap();
    let (_, sup) = crate::casework::staff(&app).await;
    // The staff home offers the form in the caller's language; it opens marked for a call.
    let home = app.page_text("/staff", &sup).await;
    assert!(home.contains("action=\"/report\"") && home.contains("name=\"call_taker\""));
    let page = app.page_text("/report?lang=so&call_taker=1", &sup).await;
    assert!(page.contains("name=\"call_taker\" value=\"1\""), "carried through the steps");
    let fid = form_id_of(&page);
    let mut answers = full_answers(&fid);
    answers.push(("call_taker", "1".into()));
    let send = |cookie: Option<String>, pairs: Vec<(&'static str, String)>| {
        let mut req = app.client.post(app.url("/report/done")).form(&pairs);
        if let Some(c) = cookie {
            req = req.header("cookie", format!("{c}; reclamo_lang=so"));
        }
        req.send()
    };
    let html = send(Some(sup.clone()), answers.clone()).await.unwrap().text().await.unwrap();
    let (tracking, access) = (code_in(&html, "tracking-code"), code_in(&html, "access-code"));
    assert!(html.contains("action=\"/report/codes\""), "offers to text the codes");
    assert!(html.contains("value=\"720 555 0100\""), "prefilled with the caller's number");
    let found = app.get_json(&format!("/api/v1/cases?tracking_code={tracking}"), &sup).await;
    let id = found["cases"][0]["id"].as_i64().unwrap();
    assert_eq!(app.get_json(&format!("/api/v1/cases/{id}"), &sup).await["channel"], "call_taker");

    // The codes by text, in the caller's language, only from staff.
    let codes = [("tracking_code", tracking.as_str()), ("access_code", access.as_str()), ("phone", "720 555 0100")];
    let res = app.client.post(app.url("/report/codes")).form(&codes).send().await.unwrap();
    assert_eq!(res.status(), 404, "not for the public");
    assert_eq!(mock.count(), 0);
    let res = app
        .client
        .post(app.url("/report/codes"))
        .header("cookie", format!("{sup}; reclamo_lang=so"))
        .form(&codes)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let page = res.text().await.unwrap();
    assert!(page.contains("role=\"status\""));
    assert_eq!(mock.count(), 1);
    let (to, _, body) = mock.texts.lock().unwrap()[0].clone();
    assert_eq!(to, "+17205550100", "the caller's number, as E.164");
    let grouped_access = format!("{}-{}-{}", &access[..5], &access[5..10], &access[10..]);
    assert!(body.contains(&grouped_access), "{body}");

    // The public cannot mark a complaint as a call-taker's: it is filed as the web.
    let fid = form_id_of(&app.get("/report").await.text().await.unwrap());
    let mut answers = full_answers(&fid);
    answers.push(("call_taker", "1".into()));
    let html = send(None, answers).await.unwrap().text().await.unwrap();
    let tracking = code_in(&html, "tracking-code");
    assert!(!html.contains("action=\"/report/codes\""));
    let found = app.get_json(&format!("/api/v1/cases?tracking_code={tracking}"), &sup).await;
    let id = found["cases"][0]["id"].as_i64().unwrap();
    assert_eq!(app.get_json(&format!("/api/v1/cases/{id}"), &sup).await["channel"], "web");
}
