//! The sender, against local stand-ins that speak the providers' wire formats: an HTTP mock of
//! Twilio's REST API (form-encoded `Messages.json`, basic auth) and an SMTP sink. Nothing leaves
//! this machine.

use crate::casework::{complaint, file, post, staff, take};
use crate::helpers::{Backend, TestApp, spawn_app_with};
use axum::{Router, extract::State, http::HeaderMap, response::IntoResponse, routing::post as route_post};
use base64::Engine;
use reclamo_server::services::outbox::{OutboxService, SendPolicy};
use serde_json::json;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};

const SID: &str = "ACtest0000000000000000000000000000";
const TOKEN: &str = "test-auth-token";

/// Texts the mock accepted: (To, From, Body).
#[derive(Clone, Default)]
pub struct TwilioMock {
    pub texts: Arc<Mutex<Vec<(String, String, String)>>>,
    /// Answer 503 to this many requests first.
    pub fail_first: Arc<Mutex<u32>>,
    pub url: String,
}

async fn messages(State(mock): State<TwilioMock>, headers: HeaderMap, body: String) -> axum::response::Response {
    let expected = format!("Basic {}", base64::engine::general_purpose::STANDARD.encode(format!("{SID}:{TOKEN}")));
    if headers.get("authorization").and_then(|v| v.to_str().ok()) != Some(expected.as_str()) {
        return (axum::http::StatusCode::UNAUTHORIZED, axum::Json(json!({"code": 20003, "status": 401})))
            .into_response();
    }
    {
        let mut fail = mock.fail_first.lock().unwrap();
        if *fail > 0 {
            *fail -= 1;
            return (axum::http::StatusCode::SERVICE_UNAVAILABLE, axum::Json(json!({"code": 20503, "status": 503})))
                .into_response();
        }
    }
    let form: Vec<(String, String)> = serde_urlencoded::from_str(&body).unwrap();
    let get = |k: &str| form.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone()).unwrap_or_default();
    mock.texts.lock().unwrap().push((get("To"), get("From"), get("Body")));
    (axum::http::StatusCode::CREATED, axum::Json(json!({"sid": "SM0123", "status": "queued"}))).into_response()
}

impl TwilioMock {
    pub async fn start() -> TwilioMock {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let mut mock = TwilioMock { url: format!("http://{}", listener.local_addr().unwrap()), ..Default::default() };
        let app = Router::new()
            .route(&format!("/2010-04-01/Accounts/{SID}/Messages.json"), route_post(messages))
            .with_state(mock.clone());
        tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
        mock.url = mock.url.clone();
        mock
    }

    pub fn count(&self) -> usize {
        self.texts.lock().unwrap().len()
    }
}

/// One message the sink received: (recipients, the whole DATA).
type Mail = (Vec<String>, String);

/// Messages the sink received.
#[derive(Clone, Default)]
pub struct SmtpSink {
    pub mails: Arc<Mutex<Vec<Mail>>>,
    pub url: String,
}

impl SmtpSink {
    pub async fn start() -> SmtpSink {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let sink = SmtpSink { url: format!("smtp://{}", listener.local_addr().unwrap()), ..Default::default() };
        let mails = sink.mails.clone();
        tokio::spawn(async move {
            loop {
                let Ok((stream, _)) = listener.accept().await else { return };
                let mails = mails.clone();
                tokio::spawn(async move {
                    let (read, mut write) = stream.into_split();
                    let mut lines = BufReader::new(read).lines();
                    let _ = write.write_all(b"220 sink ESMTP\r\n").await;
                    let mut rcpt = vec![];
                    while let Ok(Some(line)) = lines.next_line().await {
                        let upper = line.to_ascii_uppercase();
                        let reply: &[u8] = if upper.starts_with("EHLO") || upper.starts_with("HELO") {
                            b"250-sink\r\n250 8BITMIME\r\n"
                        } else if upper.starts_with("RCPT TO:") {
                            rcpt.push(line[8..].trim().trim_matches(|c| c == '<' || c == '>').to_owned());
                            b"250 OK\r\n"
                        } else if upper == "DATA" {
                            let _ = write.write_all(b"354 go on\r\n").await;
                            let mut data = String::new();
                            while let Ok(Some(l)) = lines.next_line().await {
                                if l == "." {
                                    break;
                                }
                                data.push_str(&l);
                                data.push('\n');
                            }
                            mails.lock().unwrap().push((std::mem::take(&mut rcpt), data));
                            b"250 queued\r\n"
                        } else if upper.starts_with("QUIT") {
                            let _ = write.write_all(b"221 bye\r\n").await;
                            return;
                        } else {
                            b"250 OK\r\n"
                        };
                        let _ = write.write_all(reply).await;
                    }
                });
            }
        });
        sink
    }
}

/// The message as written, from its quoted-printable form (soft breaks joined, `=XX` decoded).
fn quoted_printable(data: &str) -> String {
    let joined = data.replace("=\n", "");
    let bytes = joined.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'='
            && i + 2 < bytes.len()
            && let Ok(b) = u8::from_str_radix(&joined[i + 1..i + 3], 16)
        {
            out.push(b);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

async fn configured_app(backend: Backend, mock: &TwilioMock, sink: &SmtpSink) -> Option<TestApp> {
    let (twilio, smtp) = (mock.url.clone(), sink.url.clone());
    spawn_app_with(backend, move |s| {
        s.public_url = Some("https://reclamo.test".into());
        s.twilio_account_sid = Some(SID.into());
        s.twilio_auth_token = Some(reclamo_server::infra::config::Secret(TOKEN.into()));
        s.twilio_from = Some("+17205550100".into());
        s.twilio_api_url = twilio;
        s.smtp_url = Some(reclamo_server::infra::config::Secret(smtp));
    })
    .await
}

/// Waits (at most 5 s) until `sql` counts `n`.
async fn until_count(app: &TestApp, sql: &str, n: i64) {
    for _ in 0..50 {
        if app.count(sql).await == n {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(app.count(sql).await, n, "{sql}");
}

async fn until(what: &str, mut done: impl FnMut() -> bool) {
    for _ in 0..100 {
        if done() {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("timed out waiting for {what}");
}

async fn really_sent(backend: Backend) {
    let (mock, sink) = (TwilioMock::start().await, SmtpSink::start().await);
    let Some(app) = configured_app(backend, &mock, &sink).await else { return };
    let (inv, sup) = staff(&app).await;
    // A flagged complaint: every supervisor gets the e-mail, with a link and no personal data.
    let (id, _, _) =
        file(&app, &sup, complaint("Techos Norte", "El capataz dijo que iba a llamar a la migra.", true)).await;
    until("the supervisor e-mail", || !sink.mails.lock().unwrap().is_empty()).await;
    let (to, data) = sink.mails.lock().unwrap()[0].clone();
    let data = quoted_printable(&data);
    assert_eq!(to, ["sup@test.example"]);
    assert!(data.contains(&format!("https://reclamo.test/staff/cases/{id}")), "{data}");
    assert!(data.contains("Message-ID: <outbox-"), "{data}");
    assert!(
        !data.contains("Rosa") && !data.contains("555-0147") && !data.contains("migra"),
        "no personal data: {data}"
    );

    // The worker said texting is safe: a text in Spanish when the case changes status.
    take(&app, &inv, id).await;
    let res =
        post(&app, &format!("/api/v1/cases/{id}/transition"), &inv, json!({"to": "triage", "reason": "llamada"})).await;
    assert_eq!(res.status(), 200);
    until("the text", || mock.count() == 1).await;
    let (to, from, body) = mock.texts.lock().unwrap()[0].clone();
    assert_eq!((to.as_str(), from.as_str()), ("+13035550147", "+17205550100"));
    assert!(body.contains("queja") && body.contains("https://reclamo.test/status"), "{body}");
    assert!(!body.contains("Techos") && !body.contains("Rosa"), "no detail of the complaint: {body}");

    // STOP is honoured: the next change sends nothing (the row is given up as opted_out).
    let phone = reclamo_server::services::phone::PhoneService::new(
        app.db.clone(),
        &reclamo_server::infra::crypto::MasterKey::load_or_create(&app.data_dir.path().join("data").join("master.key"))
            .unwrap(),
    );
    phone.opt_out("+13035550147").await.unwrap();
    let res =
        post(&app, &format!("/api/v1/cases/{id}/transition"), &inv, json!({"to": "investigating", "reason": "aviso"}))
            .await;
    assert_eq!(res.status(), 200);
    until_count(&app, "SELECT COUNT(*) FROM outbox WHERE last_error = 'opted_out'", 1).await;
    assert_eq!(mock.count(), 1, "nothing more was texted");

    // A worker who did not say yes to texts gets none.
    let mut quiet = complaint("Techos Sur", "No me pagaron.", false);
    quiet["contact"]["sms_ok"] = json!(false);
    let (qid, _, _) = file(&app, &sup, quiet).await;
    take(&app, &inv, qid).await;
    let res =
        post(&app, &format!("/api/v1/cases/{qid}/transition"), &inv, json!({"to": "triage", "reason": "llamada"}))
            .await;
    assert_eq!(res.status(), 200);
    until_count(&app, "SELECT COUNT(*) FROM outbox WHERE last_error = 'not_allowed'", 1).await;
    assert_eq!(mock.count(), 1);
}

#[tokio::test]
async fn texts_and_email_are_really_sent_sqlite() {
    really_sent(Backend::Sqlite).await;
}

#[tokio::test]
async fn texts_and_email_are_really_sent_postgres() {
    really_sent(Backend::Postgres).await;
}

/// A sender built by the test (the app's own has no provider), with a short back-off.
fn sender(app: &TestApp, mock: &TwilioMock, policy: SendPolicy) -> OutboxService {
    let master = Arc::new(
        reclamo_server::infra::crypto::MasterKey::load_or_create(&app.data_dir.path().join("data").join("master.key"))
            .unwrap(),
    );
    let phone = reclamo_server::services::phone::PhoneService::new(app.db.clone(), &master);
    let sms = reclamo_server::infra::messaging::TwilioSms::new(
        &mock.url,
        SID,
        reclamo_server::infra::config::Secret(TOKEN.into()),
        "+17205550100",
    )
    .unwrap();
    let delivery = reclamo_server::services::outbox::Delivery {
        sms: Some(sms),
        mail: None,
        words: Arc::new(reclamo_server::web::render::outbox_words),
        public_url: "https://reclamo.test".into(),
    };
    OutboxService::new(app.db.clone(), master, phone, delivery, policy)
}

/// Queues `n` texts to the worker of a new case.
async fn queue_texts(app: &TestApp, n: usize) {
    let (_, sup) = staff(app).await;
    let (id, _, _) = file(app, &sup, complaint("Mensajes SA", "No me pagaron.", false)).await;
    use sea_orm::ConnectionTrait;
    let now = chrono::Utc::now().to_rfc3339();
    for chunk in (0..n).collect::<Vec<_>>().chunks(200) {
        let values: Vec<String> =
            chunk.iter().map(|_| format!("('sms', 'worker', 'status_changed', {id}, '{now}', 0)")).collect();
        let sql = format!(
            "INSERT INTO outbox (channel, recipient, template, complaint_id, created_at, attempts) VALUES {}",
            values.join(",")
        );
        app.db.execute_unprepared(&sql).await.unwrap();
    }
}

async fn retries_then_delivers_once(backend: Backend) {
    let mock = TwilioMock::start().await;
    let Some(app) = spawn_app_with(backend, |_| {}).await else { return };
    queue_texts(&app, 1).await;
    *mock.fail_first.lock().unwrap() = 2;
    let policy = SendPolicy { backoff: Duration::from_secs(10), ..SendPolicy::default() };
    let s = sender(&app, &mock, policy);
    let now = chrono::Utc::now();
    assert_eq!(s.drain_once(now).await.unwrap().retry, 1, "503: tried again later");
    assert_eq!(s.drain_once(now).await.unwrap().total(), 0, "not before the back-off");
    assert_eq!(s.drain_once(now + chrono::Duration::seconds(11)).await.unwrap().retry, 1);
    assert_eq!(s.drain_once(now + chrono::Duration::seconds(15)).await.unwrap().total(), 0, "the back-off doubled");
    assert_eq!(s.drain_once(now + chrono::Duration::seconds(40)).await.unwrap().sent, 1);
    assert_eq!(s.drain_once(now + chrono::Duration::hours(2)).await.unwrap().total(), 0, "sent once");
    assert_eq!(mock.count(), 1);
    assert_eq!(app.count("SELECT COUNT(*) FROM outbox WHERE sent_at IS NOT NULL AND attempts = 3").await, 1);
}

#[tokio::test]
async fn a_busy_provider_is_retried_with_back_off_sqlite() {
    retries_then_delivers_once(Backend::Sqlite).await;
}

#[tokio::test]
async fn a_busy_provider_is_retried_with_back_off_postgres() {
    retries_then_delivers_once(Backend::Postgres).await;
}

async fn two_senders_and_a_restart(backend: Backend) {
    let mock = TwilioMock::start().await;
    let Some(app) = spawn_app_with(backend, |_| {}).await else { return };
    queue_texts(&app, 300).await;
    let policy = SendPolicy { batch: 20, concurrency: 4, ..SendPolicy::default() };
    // Two senders at once (two server processes on one database), and a third that starts after
    // the first was stopped in the middle of its work.
    let (a, b) = (sender(&app, &mock, policy), sender(&app, &mock, policy));
    let (stop_a, rx_a) = tokio::sync::watch::channel(false);
    let (_stop_b, rx_b) = tokio::sync::watch::channel(false);
    let run_a = tokio::spawn(a.run(rx_a));
    let run_b = tokio::spawn(b.run(rx_b));
    until("some texts", || mock.count() >= 40).await;
    stop_a.send(true).unwrap();
    tokio::time::timeout(Duration::from_secs(10), run_a).await.unwrap().unwrap();
    let c = sender(&app, &mock, policy);
    let (_stop_c, rx_c) = tokio::sync::watch::channel(false);
    let run_c = tokio::spawn(c.run(rx_c));
    until("every text", || mock.count() >= 300).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(mock.count(), 300, "each message exactly once");
    assert_eq!(app.count("SELECT COUNT(*) FROM outbox WHERE sent_at IS NOT NULL").await, 300);
    run_b.abort();
    run_c.abort();
}

#[tokio::test]
async fn two_senders_and_a_restart_lose_and_duplicate_nothing_sqlite() {
    two_senders_and_a_restart(Backend::Sqlite).await;
}

#[tokio::test]
async fn two_senders_and_a_restart_lose_and_duplicate_nothing_postgres() {
    two_senders_and_a_restart(Backend::Postgres).await;
}

/// The budget: 1,000 queued texts drained against the local mock. A benchmark, run by
/// `scripts/outbox-bench.sh` (release build); it prints the time and fails past 10 s.
#[tokio::test]
#[ignore]
async fn bench_outbox_drains_1000_messages() {
    for backend in [Backend::Sqlite, Backend::Postgres] {
        let mock = TwilioMock::start().await;
        let Some(app) = spawn_app_with(backend, |_| {}).await else { continue };
        queue_texts(&app, 1000).await;
        let s = sender(&app, &mock, SendPolicy::default());
        let started = std::time::Instant::now();
        while mock.count() < 1000 {
            s.drain_once(chrono::Utc::now()).await.unwrap();
            assert!(started.elapsed() < Duration::from_secs(30));
        }
        let secs = started.elapsed().as_secs_f64();
        println!("BENCH outbox {backend:?}: 1000 texts in {secs:.2} s ({:.0}/s)", 1000.0 / secs);
        assert!(secs < 10.0, "{backend:?}: {secs:.2} s");
    }
}
