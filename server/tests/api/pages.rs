use crate::helpers::{Backend, TestApp, spawn_app};

const LOCALES: [(&str, &str); 7] =
    [("en", "ltr"), ("es", "ltr"), ("vi", "ltr"), ("ar", "rtl"), ("am", "ltr"), ("so", "ltr"), ("zh-Hans", "ltr")];

async fn sqlite() -> TestApp {
    spawn_app(Backend::Sqlite).await.unwrap()
}

fn html_tag(body: &str) -> &str {
    let start = body.find("<html").expect("no <html>");
    let end = body[start..].find('>').expect("unclosed <html") + start;
    &body[start..=end]
}

#[tokio::test]
async fn every_locale_sets_lang_and_dir_and_remembers_it() {
    let app = sqlite().await;
    for (code, dir) in LOCALES {
        let res = app.get(&format!("/?lang={code}")).await;
        assert_eq!(res.status(), 200, "{code}");
        let cookie = res
            .headers()
            .get_all("set-cookie")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .find(|v| v.starts_with("reclamo_lang="))
            .map(str::to_owned)
            .unwrap_or_default();
        assert!(cookie.starts_with(&format!("reclamo_lang={code};")), "{code}: cookie {cookie}");
        assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), "{cookie}");
        let body = res.text().await.unwrap();
        assert_eq!(html_tag(&body), format!("<html lang=\"{code}\" dir=\"{dir}\">"), "{code}");
    }
}

#[tokio::test]
async fn accept_language_and_cookie_choose_the_language() {
    let app = sqlite().await;
    let res = app.client.get(app.url("/")).header("accept-language", "es-MX,es;q=0.9,en;q=0.5").send().await.unwrap();
    let body = res.text().await.unwrap();
    assert!(html_tag(&body).contains("lang=\"es\""));
    assert!(body.contains("Reclamo nunca"), "Spanish promise missing");
    // The cookie wins over Accept-Language; ?lang= wins over both.
    let res = app
        .client
        .get(app.url("/rights"))
        .header("accept-language", "es")
        .header("cookie", "reclamo_lang=vi")
        .send()
        .await
        .unwrap();
    assert!(html_tag(&res.text().await.unwrap()).contains("lang=\"vi\""));
    let res = app.client.get(app.url("/rights?lang=ar")).header("cookie", "reclamo_lang=vi").send().await.unwrap();
    assert!(html_tag(&res.text().await.unwrap()).contains("dir=\"rtl\""));
}

#[tokio::test]
async fn home_and_rights_carry_the_promise_and_the_hotline() {
    let app = sqlite().await;
    let home = app.get("/").await.text().await.unwrap();
    assert!(home.contains("never asks your immigration status"));
    for href in ["href=\"/report\"", "href=\"/status\"", "href=\"/rights\""] {
        assert!(home.contains(href), "home lacks {href}");
    }
    let rights = app.get("/rights").await.text().await.unwrap();
    assert!(rights.contains("href=\"tel:+18448648341\""));
    assert!(rights.contains("1-844-864-8341"));
    assert!(rights.contains("$19.29") && rights.contains("$16.27"), "2026 Denver minimum wage missing");
    // No page loads the wasm bundle unless it has an island (Leptos's few inline bookkeeping
    // lines, nonce-protected, are all that remains).
    for page in [&home, &rights] {
        assert!(!page.contains("type=\"module\"") && !page.contains(".wasm"), "page loads the wasm bundle");
    }
    // Nothing on a public page asks for immigration status or an SSN.
    for page in [&home, &rights] {
        for forbidden in ["<input", "ssn", "social security", "a-number", "citizenship"] {
            assert!(!page.to_lowercase().contains(forbidden), "found {forbidden:?}");
        }
    }
}

#[tokio::test]
async fn security_headers_on_every_response() {
    let app = sqlite().await;
    for path in ["/", "/rights?lang=am", "/healthz", "/no-such-page", "/pkg/missing.js"] {
        let res = app.get(path).await;
        let h = res.headers();
        let get = |n: &str| h.get(n).and_then(|v| v.to_str().ok()).unwrap_or("").to_owned();
        assert_eq!(get("x-content-type-options"), "nosniff", "{path}");
        assert_eq!(get("referrer-policy"), "no-referrer", "{path}");
        assert!(get("content-security-policy").contains("frame-ancestors 'none'"), "{path}");
        assert!(!get("x-request-id").is_empty(), "{path}: no request id");
        if !path.starts_with("/pkg") {
            assert_eq!(get("cache-control"), "no-store", "{path}");
        }
    }
}

#[tokio::test]
async fn pages_get_a_fresh_csp_nonce_each_time() {
    let app = sqlite().await;
    let csp = |r: &reqwest::Response| r.headers().get("content-security-policy").unwrap().to_str().unwrap().to_owned();
    let a = csp(&app.get("/").await);
    let b = csp(&app.get("/").await);
    assert!(a.contains("'nonce-") && a.contains("script-src"), "{a}");
    assert_ne!(a, b, "nonce reused");
}

#[tokio::test]
async fn unknown_page_is_404_in_the_users_language() {
    let app = sqlite().await;
    let res = app.get("/nothing-here?lang=es").await;
    assert_eq!(res.status(), 404);
    let body = res.text().await.unwrap();
    assert!(html_tag(&body).contains("lang=\"es\""));
}

#[tokio::test]
async fn responses_are_compressed_when_asked() {
    let app = sqlite().await;
    let res = app.client.get(app.url("/rights")).header("accept-encoding", "br").send().await.unwrap();
    assert_eq!(res.headers().get("content-encoding").map(|v| v.to_str().unwrap()), Some("br"));
}

#[tokio::test]
async fn slow_headers_are_cut_off() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let app = crate::helpers::spawn_app_with(Backend::Sqlite, |s| {
        s.header_read_timeout = std::time::Duration::from_millis(300);
    })
    .await
    .unwrap();
    let addr = app.base.trim_start_matches("http://").to_owned();
    let mut stream = tokio::net::TcpStream::connect(addr).await.unwrap();
    stream.write_all(b"GET / HTTP/1.1\r\nHost: x\r\n").await.unwrap();
    // Never finish the headers: the server must close the connection by itself.
    let mut buf = vec![0u8; 1024];
    let read = tokio::time::timeout(std::time::Duration::from_secs(5), stream.read(&mut buf)).await;
    match read {
        Ok(Ok(_)) | Ok(Err(_)) => {} // closed (0 bytes, an error response, or reset)
        Err(_) => panic!("connection still open 5 s after the header-read timeout"),
    }
}

#[tokio::test]
async fn cross_site_posts_are_refused() {
    let app = sqlite().await;
    let post = |headers: Vec<(&'static str, String)>| {
        let mut req = app.client.post(app.url("/report")).form(&[("step", "0"), ("nav", "next")]);
        for (k, v) in headers {
            req = req.header(k, v);
        }
        req.send()
    };
    let host = app.base.trim_start_matches("http://").to_owned();
    assert_eq!(post(vec![("sec-fetch-site", "cross-site".into())]).await.unwrap().status(), 403);
    assert_eq!(post(vec![("origin", "https://evil.example".into())]).await.unwrap().status(), 403);
    assert_eq!(post(vec![("sec-fetch-site", "same-origin".into())]).await.unwrap().status(), 200);
    assert_eq!(post(vec![("origin", format!("http://{host}"))]).await.unwrap().status(), 200);
    // A sibling subdomain is "same-site", not this origin; and Origin is compared even when the
    // browser says same-origin.
    assert_eq!(post(vec![("sec-fetch-site", "same-site".into())]).await.unwrap().status(), 403);
    let both = vec![("sec-fetch-site", "same-origin".into()), ("origin", "https://evil.example".into())];
    assert_eq!(post(both).await.unwrap().status(), 403);
    let both = vec![("sec-fetch-site", "same-origin".into()), ("origin", format!("http://{host}"))];
    assert_eq!(post(both).await.unwrap().status(), 200);
    // What Chromium sends for our own forms under `Referrer-Policy: no-referrer`.
    let ours = vec![("sec-fetch-site", "same-origin".into()), ("origin", "null".into())];
    assert_eq!(post(ours).await.unwrap().status(), 200);
    assert_eq!(post(vec![("origin", "null".into())]).await.unwrap().status(), 403, "opaque origin, no metadata");
    // API clients send neither header.
    assert_eq!(post(vec![]).await.unwrap().status(), 200);
}

#[tokio::test]
async fn language_links_never_leave_the_site() {
    let app = sqlite().await;
    for path in ["//evil.example/x", "/%2F/evil.example"] {
        let html = app.get(path).await.text().await.unwrap();
        assert!(html.contains("?lang=es"), "{path}: language links present");
        assert!(!html.contains("href=\"//"), "{path}: an off-site link was echoed");
    }
}

#[tokio::test]
async fn https_deployments_send_hsts() {
    let app =
        crate::helpers::spawn_app_with(Backend::Sqlite, |s| s.public_url = Some("https://reclamo.example".into()))
            .await
            .unwrap();
    let res = app.get("/").await;
    assert_eq!(res.headers()["strict-transport-security"], "max-age=31536000; includeSubDomains");
    let plain = sqlite().await;
    assert!(plain.get("/").await.headers().get("strict-transport-security").is_none());
}

#[tokio::test]
async fn privacy_lists_every_classified_column_in_every_language_with_the_configured_retention() {
    let app = crate::helpers::spawn_app_with(crate::helpers::Backend::Sqlite, |s| s.retention_days = 90).await.unwrap();
    for lang in ["en", "es", "vi", "ar", "am", "so", "zh-Hans"] {
        let res = app.client.get(app.url(&format!("/privacy?lang={lang}"))).send().await.unwrap();
        assert_eq!(res.status(), 200, "{lang}");
        let body = res.text().await.unwrap();
        assert!(!body.contains(".wasm") && !body.contains("type=\"module\""), "no app code on /privacy ({lang})");
        assert!(body.contains("90"), "the configured retention is shown ({lang})");
        for (table, _, cols) in reclamo_shared::privacy::SCHEMA {
            for col in *cols {
                assert!(body.contains(&format!("<code>{table}.{col}</code>")), "{table}.{col} missing ({lang})");
            }
        }
    }
    let home = app.client.get(app.url("/")).send().await.unwrap().text().await.unwrap();
    assert!(home.contains("href=\"/privacy\""), "every page links to /privacy");
}
