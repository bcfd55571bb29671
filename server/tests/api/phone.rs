//! The SMS door (`POST /phone/sms`), walked as Twilio calls it: form-encoded, signed with
//! `X-Twilio-Signature` by an independent signer below (checked against Twilio's published test
//! vector), answered in TwiML that must parse as XML.

use crate::helpers::{Backend, TestApp, spawn_app_with};
use base64::Engine;
use hmac::{Hmac, Mac};
use reclamo_app::i18n;
use serde_json::json;

const TOKEN: &str = "test-auth-token-0123456789abcdef";
const PUBLIC: &str = "https://reclamo.example.org";
const WORKER: &str = "+13035550142";

/// Twilio's signature, written from its documentation independently of the server's.
fn twilio_sign(token: &str, url: &str, params: &[(&str, &str)]) -> String {
    let mut sorted = params.to_vec();
    sorted.sort();
    let mut data = url.to_owned();
    for (k, v) in sorted {
        data.push_str(k);
        data.push_str(v);
    }
    let mut mac = Hmac::<sha1::Sha1>::new_from_slice(token.as_bytes()).unwrap();
    mac.update(data.as_bytes());
    base64::engine::general_purpose::STANDARD.encode(mac.finalize().into_bytes())
}

#[test]
fn the_test_signer_matches_twilios_vector() {
    let params = [
        ("CallSid", "CA1234567890ABCDE"),
        ("Caller", "+12349013030"),
        ("Digits", "1234"),
        ("From", "+12349013030"),
        ("To", "+18005551212"),
    ];
    assert_eq!(
        twilio_sign("12345", "https://mycompany.com/myapp.php?foo=1&bar=2", &params),
        "0/KCTR6DLpKmkAf8muzZqo1nDgQ="
    );
}

async fn phone_app(backend: Backend, status_limit: u32) -> Option<TestApp> {
    spawn_app_with(backend, |s| {
        s.public_url = Some(PUBLIC.to_owned());
        s.twilio_auth_token = Some(reclamo_server::infra::config::Secret(TOKEN.to_owned()));
        s.status_limit = status_limit;
    })
    .await
}

fn sms_params<'a>(from: &'a str, body: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("AccountSid", "AC00000000000000000000000000000000"),
        ("MessageSid", "SM00000000000000000000000000000000"),
        ("From", from),
        ("To", "+17205550100"),
        ("Body", body),
        ("NumMedia", "0"),
    ]
}

/// Posts a text as Twilio would, signed for `signed_url`.
async fn text_signed(app: &TestApp, signed_url: &str, from: &str, body: &str) -> reqwest::Response {
    let params = sms_params(from, body);
    let sig = twilio_sign(TOKEN, signed_url, &params);
    app.client.post(app.url("/phone/sms")).header("x-twilio-signature", sig).form(&params).send().await.unwrap()
}

/// Texts `body` and returns the reply's text (after checking it is TwiML that parses as XML).
async fn text(app: &TestApp, from: &str, body: &str) -> String {
    let res = text_signed(app, &format!("{PUBLIC}/phone/sms"), from, body).await;
    assert_eq!(res.status(), 200);
    assert!(res.headers()["content-type"].to_str().unwrap().starts_with("text/xml"));
    let xml = res.text().await.unwrap();
    let doc = roxmltree::Document::parse(&xml).unwrap_or_else(|e| panic!("not XML ({e}): {xml}"));
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "Response");
    let messages: Vec<_> = root.children().filter(|n| n.is_element()).collect();
    assert_eq!(messages.len(), 1, "{xml}");
    assert_eq!(messages[0].tag_name().name(), "Message");
    messages[0].text().unwrap_or("").to_owned()
}

async fn opt_outs(app: &TestApp) -> Vec<String> {
    use sea_orm::EntityTrait;
    let rows = reclamo_server::infra::entities::sms_opt_out::Entity::find().all(&app.db).await.unwrap();
    rows.into_iter().map(|r| r.number_hash).collect()
}

fn file_body(language: &str) -> serde_json::Value {
    json!({"language": language, "employer": {"name": "Taller Ejemplo"}, "violations": ["unpaid_wages"]})
}

async fn status_in_every_language(backend: Backend) {
    let Some(app) = phone_app(backend, 100).await else { return };
    for lang in ["en", "es", "vi", "ar", "am", "so", "zh-Hans"] {
        let receipt = app.file_complaint(&file_body(lang)).await;
        let (tracking, access) = (receipt["tracking_code"].as_str().unwrap(), receipt["access_code"].as_str().unwrap());
        let c = i18n::by_code(lang).unwrap();
        // Codes typed with spaces and dashes, after a word, as people text them.
        let body = format!("status {}-{} {}", &tracking[..5], &tracking[5..], access);
        let reply = text(&app, WORKER, &body).await;
        assert!(reply.contains(&c.t("case-status-received")), "{lang}: {reply}");
        assert!(reply.contains(&c.t("event-filed")), "{lang}: {reply}");
        // Nothing of the complaint beyond its status: not the employer, not the violations.
        assert!(!reply.contains("Taller"), "{lang}: {reply}");
        assert!(!reply.contains(&c.t("violation-unpaid_wages")), "{lang}: {reply}");
    }
    // Wrong access code: one answer, no hint which code was wrong.
    let receipt = app.file_complaint(&file_body("es")).await;
    let reply = text(&app, WORKER, &format!("{} 000000000000000", receipt["tracking_code"].as_str().unwrap())).await;
    assert!(reply.contains(&i18n::english().t_args("sms-not-found", &[("phone", "1-844-864-8341")])), "{reply}");
}

#[tokio::test]
async fn status_in_every_language_sqlite() {
    status_in_every_language(Backend::Sqlite).await;
}

#[tokio::test]
async fn status_in_every_language_postgres() {
    status_in_every_language(Backend::Postgres).await;
}

#[tokio::test]
async fn help_and_stop_in_the_worker_s_language() {
    let app = phone_app(Backend::Sqlite, 100).await.unwrap();
    let es = i18n::by_code("es").unwrap();
    let reply = text(&app, WORKER, "Ayuda").await;
    assert_eq!(reply, es.t_args("sms-help", &[("phone", "1-844-864-8341")]));
    let reply = text(&app, WORKER, "帮助").await;
    assert_eq!(reply, i18n::by_code("zh-Hans").unwrap().t_args("sms-help", &[("phone", "1-844-864-8341")]));
    let reply = text(&app, WORKER, "hola, quiero saber de mi queja").await;
    assert_eq!(reply, es.t("sms-usage"));
    assert!(opt_outs(&app).await.is_empty());
    let reply = text(&app, WORKER, "ALTO").await;
    assert_eq!(reply, es.t("sms-stop"));
    // Again is fine; one row, and it is not the number.
    text(&app, "(303) 555-0142", "STOP").await;
    let rows = opt_outs(&app).await;
    assert_eq!(rows.len(), 1, "formatting of the same number is the same number");
    assert!(!rows[0].contains("3035550142"));
}

#[tokio::test]
async fn unsigned_or_missigned_webhooks_are_refused_and_change_nothing() {
    let app = phone_app(Backend::Sqlite, 100).await.unwrap();
    let params = sms_params(WORKER, "STOP");
    // No signature.
    let res = app.client.post(app.url("/phone/sms")).form(&params).send().await.unwrap();
    assert_eq!(res.status(), 403);
    // Signed with another token.
    let bad = twilio_sign("another-token", &format!("{PUBLIC}/phone/sms"), &params);
    let res =
        app.client.post(app.url("/phone/sms")).header("x-twilio-signature", bad).form(&params).send().await.unwrap();
    assert_eq!(res.status(), 403);
    // Signed, then a parameter changed on the way.
    let sig = twilio_sign(TOKEN, &format!("{PUBLIC}/phone/sms"), &params);
    let mut tampered = params.clone();
    tampered[2] = ("From", "+13035550999");
    let res =
        app.client.post(app.url("/phone/sms")).header("x-twilio-signature", sig).form(&tampered).send().await.unwrap();
    assert_eq!(res.status(), 403);
    // Signed for another path.
    let res = text_signed(&app, &format!("{PUBLIC}/phone/voice"), WORKER, "STOP").await;
    assert_eq!(res.status(), 403);
    assert!(opt_outs(&app).await.is_empty());
    // The URL with its default port, as Twilio's libraries also accept.
    let res = text_signed(&app, "https://reclamo.example.org:443/phone/sms", WORKER, "STOP").await;
    assert_eq!(res.status(), 200);
    assert_eq!(opt_outs(&app).await.len(), 1);

    // Without the door configured, nothing is accepted, however signed.
    let off = spawn_app_with(Backend::Sqlite, |s| s.public_url = Some(PUBLIC.to_owned())).await.unwrap();
    let res = text_signed(&off, &format!("{PUBLIC}/phone/sms"), WORKER, "STOP").await;
    assert_eq!(res.status(), 403);
}

#[tokio::test]
async fn status_by_text_is_limited_per_number() {
    let app = phone_app(Backend::Sqlite, 3).await.unwrap();
    let receipt = app.file_complaint(&file_body("en")).await;
    let body = format!("{} {}", receipt["tracking_code"].as_str().unwrap(), receipt["access_code"].as_str().unwrap());
    for _ in 0..3 {
        let reply = text(&app, WORKER, &body).await;
        assert!(reply.contains(&i18n::english().t("case-status-received")), "{reply}");
    }
    let reply = text(&app, WORKER, &body).await;
    assert!(reply.starts_with("Reclamo: too many tries"), "{reply}");
    // Another phone is counted on its own (all texts arrive from Twilio's addresses).
    let reply = text(&app, "+13035550777", &body).await;
    assert!(reply.contains(&i18n::english().t("case-status-received")), "{reply}");
}
