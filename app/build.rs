//! Finds every `locales/<code>.ftl` so that adding a language is dropping in one file.
use std::{env, fs, path::PathBuf};

fn main() {
    let dir = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap_or_default()).join("locales");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut codes: Vec<String> = fs::read_dir(&dir)
        .map(|rd| {
            rd.filter_map(Result::ok)
                .filter_map(|e| {
                    let p = e.path();
                    (p.extension().and_then(|x| x.to_str()) == Some("ftl"))
                        .then(|| p.file_stem().and_then(|s| s.to_str()).map(str::to_owned))
                        .flatten()
                })
                .collect()
        })
        .unwrap_or_default();
    // English first: it is the source and the fallback.
    codes.sort_by_key(|c| (c != "en", c.clone()));
    let mut out = String::from(
        "/// `(code, Fluent source)` for every locale file, English first.\npub static LOCALE_SOURCES: &[(&str, &str)] = &[\n",
    );
    for code in &codes {
        let path = dir.join(format!("{code}.ftl"));
        println!("cargo:rerun-if-changed={}", path.display());
        out.push_str(&format!("    ({code:?}, include_str!({:?})),\n", path.display().to_string()));
    }
    out.push_str("];\n");
    let dest = PathBuf::from(env::var("OUT_DIR").unwrap_or_default()).join("locales.rs");
    if let Err(e) = fs::write(&dest, out) {
        panic!("cannot write {}: {e}", dest.display());
    }
}
