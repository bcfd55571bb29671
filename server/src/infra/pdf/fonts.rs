//! The fonts documents are set in: Noto (SIL Open Font License) for every script Reclamo speaks.
//! Installed by `scripts/setup.sh` from Debian (`fonts-noto-core`, `fonts-noto-cjk`); another
//! directory can be named with `RECLAMO_FONT_DIR`. Loaded once, on first use, never fetched.

use rustybuzz::ttf_parser;
use std::path::PathBuf;
use std::sync::OnceLock;

/// One font face: its bytes and index within a collection.
pub struct FontFace {
    /// Short name for the PDF resource.
    pub name: &'static str,
    /// File bytes. Fonts load once per process and live as long as it, so the bytes are leaked
    /// to `'static` and the parsed face is kept ready for shaping.
    pub data: &'static [u8],
    face: rustybuzz::Face<'static>,
    /// Face index within a collection (0 for plain fonts).
    pub index: u32,
    /// Design units per em.
    pub units_per_em: f32,
    /// PostScript name, for the PDF.
    pub postscript: String,
    /// Ascender, descender and cap height in font units; bounding box.
    pub metrics: (i16, i16, i16, [i16; 4]),
}

impl FontFace {
    /// The parsed face.
    pub fn face(&self) -> &rustybuzz::Face<'static> {
        &self.face
    }

    /// Whether the face has a glyph for `c`.
    pub fn covers(&self, c: char) -> bool {
        self.face.glyph_index(c).is_some()
    }

    /// Whether the outlines are CFF (embedded as FontFile3) rather than TrueType.
    pub fn is_cff(&self) -> bool {
        self.face.tables().cff.is_some()
    }
}

/// The fonts, in fallback order: Latin (incl. Vietnamese), Arabic, Ethiopic, Simplified Chinese.
pub struct FontSet {
    /// Faces in fallback order.
    pub faces: Vec<FontFace>,
}

/// Font loading failed: a font file is missing (run `scripts/setup.sh`) or unreadable.
#[derive(Debug, thiserror::Error)]
#[error("font {0}: {1}")]
pub struct FontError(pub String, pub String);

const CANDIDATES: &[(&str, &[&str], Option<&str>)] = &[
    ("F1", &["truetype/noto/NotoSans-Regular.ttf", "NotoSans-Regular.ttf"], None),
    ("F2", &["truetype/noto/NotoSansArabic-Regular.ttf", "NotoSansArabic-Regular.ttf"], None),
    ("F3", &["truetype/noto/NotoSansEthiopic-Regular.ttf", "NotoSansEthiopic-Regular.ttf"], None),
    ("F4", &["opentype/noto/NotoSansCJK-Regular.ttc", "NotoSansCJK-Regular.ttc"], Some("cjksc")),
];

fn font_dirs() -> Vec<PathBuf> {
    let mut dirs = vec![];
    if let Ok(d) = std::env::var("RECLAMO_FONT_DIR") {
        dirs.push(PathBuf::from(d));
    }
    dirs.push(PathBuf::from("/usr/share/fonts"));
    dirs
}

fn load_face(name: &'static str, paths: &[&str], want_family: Option<&str>) -> Result<FontFace, FontError> {
    let path: PathBuf = font_dirs()
        .iter()
        .flat_map(|d| paths.iter().map(move |p| d.join(p)))
        .find(|p| p.is_file())
        .ok_or_else(|| FontError(paths[0].to_owned(), "not found; run scripts/setup.sh".into()))?;
    let data = std::fs::read(&path).map_err(|e| FontError(path.display().to_string(), e.to_string()))?;
    let count = ttf_parser::fonts_in_collection(&data).unwrap_or(1);
    let data: &'static [u8] = Box::leak(data.into_boxed_slice());
    for index in 0..count {
        let Ok(face) = ttf_parser::Face::parse(data, index) else { continue };
        let postscript = face
            .names()
            .into_iter()
            .find(|n| n.name_id == ttf_parser::name_id::POST_SCRIPT_NAME)
            .and_then(|n| n.to_string())
            .unwrap_or_else(|| format!("Reclamo{name}"));
        if let Some(fam) = want_family
            && !postscript.to_lowercase().contains(fam)
        {
            continue;
        }
        let bb = face.global_bounding_box();
        let metrics = (
            face.ascender(),
            face.descender(),
            face.capital_height().unwrap_or(face.ascender()),
            [bb.x_min, bb.y_min, bb.x_max, bb.y_max],
        );
        let Some(shaping) = rustybuzz::Face::from_slice(data, index) else { continue };
        return Ok(FontFace {
            name,
            data,
            face: shaping,
            index,
            units_per_em: f32::from(face.units_per_em()),
            postscript,
            metrics,
        });
    }
    Err(FontError(path.display().to_string(), "no matching face".into()))
}

fn load_all() -> Result<FontSet, FontError> {
    let faces = CANDIDATES.iter().map(|(n, p, fam)| load_face(n, p, *fam)).collect::<Result<Vec<_>, _>>()?;
    Ok(FontSet { faces })
}

static FONTS: OnceLock<Result<FontSet, FontError>> = OnceLock::new();

/// The fonts, loaded on first use.
pub fn fonts() -> Result<&'static FontSet, &'static FontError> {
    FONTS.get_or_init(load_all).as_ref()
}

/// Where fonts are looked for (for error messages and docs).
pub fn search_path() -> Vec<PathBuf> {
    font_dirs()
}
