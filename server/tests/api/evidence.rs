//! Evidence: workers add files with their two codes (API and the no-JavaScript status page),
//! staff list, open and add them. Judged by content, photos cleaned, sealed in chunks, bounded.

use crate::casework::{complaint, file, staff};
use crate::helpers::{Backend, TestApp, spawn_app, spawn_app_with};
use reqwest::multipart::{Form, Part};
use serde_json::{Value, json};

/// A JPEG (40×20) with an EXIF segment: orientation 6 and a GPS IFD carrying a marker.
fn jpeg_with_gps() -> Vec<u8> {
    let img = image::RgbImage::from_fn(40, 20, |x, _| image::Rgb([(x * 6) as u8, 90, 20]));
    let mut plain = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut plain, 90)
        .encode_image(&image::DynamicImage::ImageRgb8(img))
        .unwrap();
    let mut tiff: Vec<u8> = b"MM\x00\x2a\x00\x00\x00\x08\x00\x02".to_vec();
    tiff.extend_from_slice(&[0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, 0x00, 0x06, 0x00, 0x00]);
    tiff.extend_from_slice(&[0x88, 0x25, 0x00, 0x04, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 38, 0, 0, 0, 0]);
    tiff.extend_from_slice(&[0x00, 0x01, 0x00, 0x01, 0x00, 0x02, 0x00, 0x00, 0x00, 0x02, b'N', 0, 0, 0, 0, 0, 0, 0]);
    tiff.extend_from_slice(b"GPS-MARKER-39.7392N-104.9903W");
    let mut app1 = b"Exif\x00\x00".to_vec();
    app1.extend_from_slice(&tiff);
    let mut out = plain[..2].to_vec();
    out.extend_from_slice(&[0xFF, 0xE1]);
    out.extend_from_slice(&((app1.len() + 2) as u16).to_be_bytes());
    out.extend_from_slice(&app1);
    out.extend_from_slice(&plain[2..]);
    out
}

fn png() -> Vec<u8> {
    let mut out = Vec::new();
    image::DynamicImage::ImageRgb8(image::RgbImage::new(8, 8))
        .write_to(&mut std::io::Cursor::new(&mut out), image::ImageFormat::Png)
        .unwrap();
    out
}

fn part(bytes: Vec<u8>, name: &str, mime: &str) -> Part {
    Part::bytes(bytes).file_name(name.to_owned()).mime_str(mime).unwrap()
}

async fn worker_upload(
    app: &TestApp,
    tracking: &str,
    access: &str,
    file: Part,
    description: &str,
) -> reqwest::Response {
    let form = Form::new()
        .text("access_code", access.to_owned())
        .text("description", description.to_owned())
        .part("file", file);
    app.client.post(app.url(&format!("/api/v1/complaints/{tracking}/evidence"))).multipart(form).send().await.unwrap()
}

async fn bytes_of(
    app: &TestApp,
    cookie: &str,
    path: &str,
) -> (reqwest::StatusCode, reqwest::header::HeaderMap, Vec<u8>) {
    let res = app.client.get(app.url(path)).header("cookie", cookie).send().await.unwrap();
    let (status, headers) = (res.status(), res.headers().clone());
    (status, headers, res.bytes().await.unwrap().to_vec())
}

crate::both_backends!(a_worker_adds_evidence_and_staff_open_it_cleaned_and_sealed, |app| {
    let (_, sup) = staff(&app).await;
    let (id, tracking, access) = file(&app, &sup, complaint("Cosechas Norte", "No me pagaron las horas.", false)).await;

    // A photo with GPS in its EXIF comes back without it, turned upright.
    let res =
        worker_upload(&app, &tracking, &access, part(jpeg_with_gps(), "IMG_0001.JPG", "image/jpeg"), "talón de pago")
            .await;
    assert_eq!(res.status(), 201);
    let item: Value = res.json().await.unwrap();
    assert_eq!((item["kind"].as_str(), item["content_type"].as_str()), (Some("image"), Some("image/jpeg")));
    let photo = item["id"].as_i64().unwrap();
    let (status, headers, bytes) = bytes_of(&app, &sup, &format!("/api/v1/cases/{id}/evidence/{photo}")).await;
    assert_eq!(status, 200);
    assert_eq!(headers["content-type"], "image/jpeg");
    assert_eq!(headers["x-content-type-options"], "nosniff");
    assert!(headers["content-security-policy"].to_str().unwrap().contains("sandbox"));
    assert!(
        !bytes.windows(10).any(|w| w == b"GPS-MARKER") && !bytes.windows(4).any(|w| w == b"Exif"),
        "metadata dropped"
    );
    let img = image::load_from_memory(&bytes).unwrap();
    assert_eq!((img.width(), img.height()), (20, 40), "orientation applied");
    // Its thumbnail, for the case page: small, upright, clean.
    let (status, headers, thumb) =
        bytes_of(&app, &sup, &format!("/api/v1/cases/{id}/evidence/{photo}?size=thumb")).await;
    assert_eq!(status, 200);
    assert_eq!(headers["content-type"], "image/jpeg");
    let small = image::load_from_memory(&thumb).unwrap();
    assert_eq!((small.width(), small.height()), (20, 40), "a small photo stays its size, upright");
    assert!(!thumb.windows(10).any(|w| w == b"GPS-MARKER"));

    // A PDF and a voice note are kept as sent, but only ever served as downloads.
    let pdf = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".to_vec();
    let res = worker_upload(&app, &tracking, &access, part(pdf.clone(), "horario.pdf", "application/pdf"), "").await;
    assert_eq!(res.status(), 201);
    let doc = res.json::<Value>().await.unwrap()["id"].as_i64().unwrap();
    let (_, headers, bytes) = bytes_of(&app, &sup, &format!("/api/v1/cases/{id}/evidence/{doc}")).await;
    assert_eq!(bytes, pdf);
    assert!(headers["content-disposition"].to_str().unwrap().starts_with("attachment"));
    let ogg = [b"OggS\x00\x02".as_slice(), &[7u8; 200_000]].concat();
    let res = worker_upload(&app, &tracking, &access, part(ogg.clone(), "nota.opus", "audio/ogg"), "").await;
    assert_eq!(res.status(), 201, "a voice note over several chunks");
    let voice = res.json::<Value>().await.unwrap()["id"].as_i64().unwrap();
    let (_, headers, bytes) = bytes_of(&app, &sup, &format!("/api/v1/cases/{id}/evidence/{voice}")).await;
    assert_eq!(bytes, ogg, "read back chunk by chunk");
    assert_eq!(headers["content-type"], "audio/ogg");
    assert!(headers["content-disposition"].to_str().unwrap().starts_with("attachment"));

    // Judged by content: a PNG renamed .pdf and a program renamed .jpg are refused, and so is a
    // HEIC photo (no decoder here), each with its reason; nothing is kept.
    for (bytes, name, mime, code) in [
        (png(), "scan.pdf", "application/pdf", "unsupported"),
        (b"MZ\x90\x00\x03\x00\x00\x00\x04\x00".to_vec(), "photo.jpg", "image/jpeg", "unsupported"),
        (b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic".to_vec(), "IMG_0002.HEIC", "image/heic", "heic"),
    ] {
        let res = worker_upload(&app, &tracking, &access, part(bytes, name, mime), "").await;
        assert_eq!(res.status(), 422, "{name}");
        let v: Value = res.json().await.unwrap();
        assert_eq!(v["errors"]["file"][0]["code"], code, "{name}");
        assert!(!v["errors"]["file"][0]["message"].as_str().unwrap().is_empty());
    }
    // Wrong access code: not found, nothing kept.
    let res = worker_upload(&app, &tracking, "000000000000000", part(png(), "a.png", "image/png"), "").await;
    assert_eq!(res.status(), 404);
    assert_eq!(app.count(format!("SELECT COUNT(*) FROM evidence WHERE complaint_id = {id}")).await, 3);

    // The stored bytes are ciphertext.
    let clear_markers = [b"%PDF".as_slice(), b"OggS", &[0xFF, 0xD8, 0xFF]];
    let chunks = app.count("SELECT COUNT(*) FROM evidence_chunk").await;
    assert!(chunks >= 5, "the voice note spans chunks: {chunks}");
    {
        use sea_orm::ConnectionTrait;
        let rows = app
            .db
            .query_all_raw(sea_orm::Statement::from_string(
                app.db.get_database_backend(),
                "SELECT ct FROM evidence_chunk",
            ))
            .await
            .unwrap();
        for row in rows {
            let ct: Vec<u8> = row.try_get("", "ct").unwrap();
            for m in clear_markers {
                assert!(!ct.windows(m.len()).any(|w| w == m), "ciphertext");
            }
        }
    }

    // Staff list the files (audited); an advocate of no organisation sees nothing.
    let list = app.get_json(&format!("/api/v1/cases/{id}/evidence"), &sup).await;
    let kinds: Vec<&str> = list["evidence"].as_array().unwrap().iter().map(|e| e["kind"].as_str().unwrap()).collect();
    assert_eq!(kinds, ["image", "pdf", "audio"]);
    assert_eq!(list["evidence"][0]["description"], "talón de pago");
    assert_eq!(list["evidence"][0]["source"], "worker");
    let audited = |action: &'static str| {
        app.count(format!("SELECT COUNT(*) FROM audit_log WHERE action = '{action}' AND complaint_id = {id}"))
    };
    assert_eq!(audited("evidence_opened").await, 4, "three files and one thumbnail");
    assert!(audited("evidence_listed").await >= 1);
    assert_eq!(audited("evidence_added_by_worker").await, 3);
    let res = app.client.get(app.url(&format!("/api/v1/cases/{id}/evidence/{photo}"))).send().await.unwrap();
    assert_eq!(res.status(), 401, "staff only");
});

#[tokio::test]
async fn limits_are_enforced_in_bounded_memory_and_nothing_partial_is_kept() {
    let app = spawn_app_with(Backend::Sqlite, |s| {
        s.evidence_max_mb = 1;
        s.evidence_max_files = 2;
    })
    .await
    .unwrap();
    let (_, sup) = staff(&app).await;
    let (id, tracking, access) = file(&app, &sup, complaint("Cosechas Sur", "No me pagaron.", false)).await;

    // 50 MB, streamed by the client: refused with 413 once past the limit; nothing kept.
    let stream = futures_util::stream::iter((0..800).map(|_| Ok::<_, std::io::Error>(vec![0u8; 64 * 1024])));
    let big = Part::stream_with_length(reqwest::Body::wrap_stream(stream), 800 * 64 * 1024)
        .file_name("video.m4a")
        .mime_str("audio/mp4")
        .unwrap();
    let res = worker_upload(&app, &tracking, &access, big, "").await;
    assert_eq!(res.status(), 413);
    let v: Value = res.json().await.unwrap();
    assert_eq!(v["error"]["code"], "too_large");
    assert!(v["error"]["message"].as_str().unwrap().contains('1'), "names the limit: {v}");
    assert_eq!(app.count("SELECT COUNT(*) FROM evidence").await, 0);
    assert_eq!(app.count("SELECT COUNT(*) FROM evidence_chunk").await, 0);

    // At most two files.
    let pdf = || part(b"%PDF-1.4\n%%EOF\n".to_vec(), "a.pdf", "application/pdf");
    for _ in 0..2 {
        assert_eq!(worker_upload(&app, &tracking, &access, pdf(), "").await.status(), 201);
    }
    let res = worker_upload(&app, &tracking, &access, pdf(), "").await;
    assert_eq!(res.status(), 409);
    assert_eq!(res.json::<Value>().await.unwrap()["error"]["code"], "too_many_files");
    assert_eq!(app.count(format!("SELECT COUNT(*) FROM evidence WHERE complaint_id = {id}")).await, 2);
}

#[tokio::test]
async fn a_description_is_screened_like_the_narrative() {
    let app = spawn_app(Backend::Sqlite).await.unwrap();
    let (_, sup) = staff(&app).await;
    let (id, tracking, access) =
        file(&app, &sup, complaint("Empacadora Sol", "No me pagaron dos semanas.", false)).await;
    assert_eq!(app.get_json(&format!("/api/v1/cases/{id}"), &sup).await["priority"], "normal");
    let shot = part(png(), "captura.png", "image/png");
    let res = worker_upload(
        &app,
        &tracking,
        &access,
        shot,
        "mensaje del patrón: si sigues reclamando te voy a echar a la migra",
    )
    .await;
    assert_eq!(res.status(), 201);
    let case = app.get_json(&format!("/api/v1/cases/{id}"), &sup).await;
    assert_eq!(case["priority"], "urgent");
    assert!(case["retaliation"]["kinds"].as_array().unwrap().contains(&json!("immigration_threat")));
    let signals = case["retaliation"]["signals"].as_array().unwrap();
    assert!(signals.iter().any(|s| s["source"]["field"] == "evidence.description"), "{signals:?}");
}

#[tokio::test]
async fn the_status_page_takes_a_file_without_javascript() {
    let app = spawn_app(Backend::Sqlite).await.unwrap();
    let (_, sup) = staff(&app).await;
    let (_, tracking, access) = file(&app, &sup, complaint("Panadería Luna", "No me pagaron.", false)).await;
    let send = |bytes: Vec<u8>, name: &'static str| {
        let form = Form::new()
            .text("tracking_code", tracking.clone())
            .text("access_code", access.clone())
            .text("description", "recibo")
            .part("file", part(bytes, name, "application/octet-stream"));
        app.client.post(app.url("/status/evidence?lang=am")).header("cookie", "reclamo_lang=am").multipart(form).send()
    };
    let res = send(b"%PDF-1.4\n%%EOF\n".to_vec(), "recibo.pdf").await.unwrap();
    assert_eq!(res.status(), 200);
    let page = res.text().await.unwrap();
    assert!(page.contains("role=\"status\""), "a confirmation is announced");
    assert!(page.contains("evidence-list") && page.contains("recibo"), "the list shows the file");
    let res = send(b"MZ\x90\x00".to_vec(), "x.exe").await.unwrap();
    let page = res.text().await.unwrap();
    assert!(page.contains("role=\"alert\""), "the refusal is announced");
    // Not in the hidden form of a page for someone else: wrong codes answer as a lookup would.
    let form = Form::new()
        .text("tracking_code", tracking.clone())
        .text("access_code", "111111111111111")
        .part("file", part(b"%PDF-1.4\n".to_vec(), "a.pdf", "application/pdf"));
    let page = app.client.post(app.url("/status/evidence")).multipart(form).send().await.unwrap().text().await.unwrap();
    assert!(!page.contains("name=\"access_code\" value=\"111111111111111\""));
    assert!(!page.contains("evidence-list"));
}
