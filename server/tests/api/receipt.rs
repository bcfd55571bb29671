//! Receipt PDFs: every language renders, text is extractable (ToUnicode), the access code only
//! appears when asked for, and the codes are checked like a status request.

use crate::complaints::sample;
use crate::helpers::{Backend, TestApp, spawn_app};
use serde_json::{Value, json};
use std::io::Write;

fn pdftotext(pdf: &[u8]) -> String {
    let mut file = tempfile::NamedTempFile::new().unwrap();
    file.write_all(pdf).unwrap();
    let out = std::process::Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(file.path())
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) must be installed: run scripts/setup.sh");
    assert!(out.status.success(), "pdftotext failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

async fn file(app: &TestApp) -> (String, String) {
    let res = app.client.post(app.url("/api/v1/complaints")).json(&sample("recibo")).send().await.unwrap();
    let v: Value = res.json().await.unwrap();
    (v["tracking_code"].as_str().unwrap().to_owned(), v["access_code"].as_str().unwrap().to_owned())
}

async fn receipt(app: &TestApp, tracking: &str, body: Value) -> reqwest::Response {
    app.client.post(app.url(&format!("/api/v1/complaints/{tracking}/receipt"))).json(&body).send().await.unwrap()
}

fn has_script(text: &str, range: std::ops::RangeInclusive<u32>) -> bool {
    text.chars().any(|c| range.contains(&(c as u32)))
}

#[tokio::test]
async fn receipts_render_and_extract_in_every_language() {
    let app = spawn_app(Backend::Sqlite).await.unwrap();
    let (tracking, access) = file(&app).await;
    let grouped = format!("{}-{}-{}", &tracking[..3], &tracking[3..6], &tracking[6..]);
    for lang in ["en", "es", "vi", "ar", "am", "so", "zh-Hans"] {
        let res = receipt(&app, &tracking, json!({"access_code": access, "language": lang})).await;
        assert_eq!(res.status(), 200, "{lang}");
        assert_eq!(res.headers()["content-type"], "application/pdf");
        let pdf = res.bytes().await.unwrap();
        assert!(pdf.starts_with(b"%PDF-"), "{lang}");
        let text = pdftotext(&pdf);
        assert!(text.contains(&grouped), "{lang}: tracking code not extractable:\n{text}");
        assert!(text.contains("1-844-864-8341"), "{lang}: hotline missing");
        assert!(text.contains("365"), "{lang}: the retention is not on the receipt");
        assert!(!text.contains(&access[..5]), "{lang}: access code printed without being asked");
        assert!(!text.contains("recibo"), "{lang}: the narrative must never be on a receipt");
        let script_ok = match lang {
            "ar" => has_script(&text, 0x0600..=0x06FF),
            "am" => has_script(&text, 0x1200..=0x137F),
            "zh-Hans" => has_script(&text, 0x4E00..=0x9FFF),
            "vi" => text.contains('ữ') || text.contains('ạ') || text.contains('ộ') || text.contains('ư'),
            "es" => text.contains("Denunciar") || text.contains('ó') || text.contains('á'),
            _ => text.contains("Reclamo"),
        };
        assert!(script_ok, "{lang}: script not found in extracted text:\n{text}");
    }
}

#[tokio::test]
async fn the_access_code_is_printed_only_on_request() {
    let app = spawn_app(Backend::Sqlite).await.unwrap();
    let (tracking, access) = file(&app).await;
    let res = receipt(&app, &tracking, json!({"access_code": access, "include_access_code": true})).await;
    let text = pdftotext(&res.bytes().await.unwrap());
    let grouped = format!("{}-{}-{}", &access[..5], &access[5..10], &access[10..]);
    assert!(text.contains(&grouped), "access code missing:\n{text}");
}

#[tokio::test]
async fn wrong_codes_get_no_receipt() {
    let app = spawn_app(Backend::Sqlite).await.unwrap();
    let (tracking, _) = file(&app).await;
    let res = receipt(&app, &tracking, json!({"access_code": "000000000000000"})).await;
    assert_eq!(res.status(), 404);
}

#[tokio::test]
async fn the_done_page_form_downloads_the_receipt() {
    let app = spawn_app(Backend::Sqlite).await.unwrap();
    let (tracking, access) = file(&app).await;
    let res = app
        .client
        .post(app.url("/report/receipt"))
        .form(&[("tracking_code", tracking.as_str()), ("access_code", access.as_str()), ("language", "am")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["content-type"], "application/pdf");
    assert!(res.headers()["content-disposition"].to_str().unwrap().contains(&tracking));
    let text = pdftotext(&res.bytes().await.unwrap());
    assert!(has_script(&text, 0x1200..=0x137F), "Amharic expected");
}
