//! PDF documents in all seven scripts with `pdf-writer`: text is shaped (`rustybuzz`: Arabic
//! joining, Ethiopic, Vietnamese stacked marks), put in visual order (`unicode-bidi`), broken
//! into lines (`unicode-linebreak`), set in subset Noto fonts (`subsetter`) with a ToUnicode map so
//! screen readers and `pdftotext` can read it back.

pub mod fonts;
pub mod letters;
pub mod receipt;

use fonts::{FontFace, FontSet};
use pdf_writer::types::{CidFontType, FontFlags, SystemInfo, UnicodeCmap};
use pdf_writer::{Content, Filter, Finish, Name, Pdf, Rect, Ref, Str};
use rustybuzz::{Direction, UnicodeBuffer};
use std::collections::BTreeMap;
use subsetter::GlyphRemapper;
use unicode_bidi::{BidiInfo, Level};

/// US Letter, in points.
pub const PAGE_W: f32 = 612.0;
/// US Letter, in points.
pub const PAGE_H: f32 = 792.0;
const MARGIN: f32 = 56.0;

/// Rendering failed.
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    /// Fonts missing or unreadable.
    #[error("{0}")]
    Fonts(String),
    /// A font could not be subset.
    #[error("subsetting {0}: {1}")]
    Subset(&'static str, String),
}

/// One glyph placed on a line.
#[derive(Clone, Copy, Debug)]
struct Placed {
    font: usize,
    gid: u16,
    x: f32,
    dy: f32,
}

/// One set line: baseline height, font size, left edge, glyphs.
struct Line {
    y: f32,
    size: f32,
    x0: f32,
    glyphs: Vec<Placed>,
}

/// Per-font record of what the document uses.
#[derive(Default)]
struct Usage {
    remapper: Option<GlyphRemapper>,
    /// old glyph id -> text it stands for (for ToUnicode).
    text: BTreeMap<u16, String>,
}

/// A document being built: a flow of paragraphs down pages.
pub struct Document<'f> {
    fonts: &'f FontSet,
    rtl: bool,
    pages: Vec<Vec<Line>>,
    y: f32,
    usage: Vec<Usage>,
    title: String,
    lang: String,
}

impl<'f> Document<'f> {
    /// A new document whose base direction is right-to-left when `rtl`.
    pub fn new(fonts: &'f FontSet, rtl: bool, lang: &str, title: &str) -> Document<'f> {
        Document {
            fonts,
            rtl,
            pages: vec![vec![]],
            y: PAGE_H - MARGIN,
            usage: fonts.faces.iter().map(|_| Usage::default()).collect(),
            title: title.to_owned(),
            lang: lang.to_owned(),
        }
    }

    /// Vertical space.
    pub fn gap(&mut self, points: f32) {
        self.y -= points;
    }

    /// A paragraph at `size` points, wrapped to the page width (indented by `indent`).
    pub fn paragraph(&mut self, text: &str, size: f32, indent: f32) {
        let width = PAGE_W - 2.0 * MARGIN - indent;
        for line in self.break_lines(text, size, width) {
            let line_h = size * 1.45;
            if self.y - line_h < MARGIN {
                self.pages.push(vec![]);
                self.y = PAGE_H - MARGIN;
            }
            self.y -= line_h;
            let (glyphs, w) = self.shape_line(&line, size);
            let x0 = if self.rtl { PAGE_W - MARGIN - indent - w } else { MARGIN + indent };
            let y = self.y;
            if let Some(page) = self.pages.last_mut() {
                page.push(Line { y, size, x0, glyphs });
            }
        }
    }

    /// Picks the font for each character: the first in fallback order that has it, keeping the
    /// previous run's font for characters it also covers (spaces, digits, punctuation).
    fn font_runs(&self, text: &str) -> Vec<(usize, std::ops::Range<usize>)> {
        let mut runs: Vec<(usize, std::ops::Range<usize>)> = vec![];
        for (i, c) in text.char_indices() {
            let end = i + c.len_utf8();
            if let Some((f, r)) = runs.last_mut()
                && (self.fonts.faces[*f].covers(c) || c.is_whitespace() || is_mark(c))
            {
                r.end = end;
                continue;
            }
            let f = self.fonts.faces.iter().position(|face| face.covers(c)).unwrap_or(0);
            runs.push((f, i..end));
        }
        runs
    }

    fn shape(&self, font: usize, text: &str, rtl: bool) -> Vec<(u16, u32, i32, i32, i32)> {
        let face = self.fonts.faces[font].face();
        let mut buf = UnicodeBuffer::new();
        buf.push_str(text);
        buf.set_direction(if rtl { Direction::RightToLeft } else { Direction::LeftToRight });
        buf.guess_segment_properties();
        let out = rustybuzz::shape(face, &[], buf);
        out.glyph_infos()
            .iter()
            .zip(out.glyph_positions())
            .map(|(i, p)| (i.glyph_id as u16, i.cluster, p.x_advance, p.x_offset, p.y_offset))
            .collect()
    }

    fn measure(&self, text: &str, size: f32) -> f32 {
        self.font_runs(text)
            .into_iter()
            .map(|(f, r)| {
                let upem = self.fonts.faces[f].units_per_em;
                let adv: i32 = self.shape(f, &text[r], false).iter().map(|g| g.2).sum();
                adv as f32 * size / upem
            })
            .sum()
    }

    /// Greedy line breaking at Unicode line-break opportunities.
    fn break_lines(&self, text: &str, size: f32, width: f32) -> Vec<String> {
        let mut lines = vec![];
        let mut line_start = 0;
        let mut last_ok = 0;
        for (pos, op) in unicode_linebreak::linebreaks(text) {
            let candidate = text[line_start..pos].trim_end();
            if self.measure(candidate, size) > width && last_ok > line_start {
                lines.push(text[line_start..last_ok].trim_end().to_owned());
                line_start = last_ok;
            }
            last_ok = pos;
            if op == unicode_linebreak::BreakOpportunity::Mandatory {
                lines.push(text[line_start..pos].trim_end().to_owned());
                line_start = pos;
            }
        }
        if line_start < text.len() {
            lines.push(text[line_start..].trim_end().to_owned());
        }
        lines.retain(|l| !l.is_empty());
        lines
    }

    /// Shapes one line in visual order; returns its glyphs (x from 0) and width.
    fn shape_line(&mut self, line: &str, size: f32) -> (Vec<Placed>, f32) {
        let base = if self.rtl { Level::rtl() } else { Level::ltr() };
        let bidi = BidiInfo::new(line, Some(base));
        let mut placed = vec![];
        let mut x = 0.0f32;
        let Some(para) = bidi.paragraphs.first() else { return (placed, 0.0) };
        let (levels, runs) = bidi.visual_runs(para, para.range.clone());
        for run in runs {
            let rtl = levels[run.start].is_rtl();
            let mut sub = self.font_runs(&line[run.clone()]);
            if rtl {
                sub.reverse();
            }
            for (font, r) in sub {
                let text = &line[run.start + r.start..run.start + r.end];
                let glyphs = self.shape(font, text, rtl);
                let upem = self.fonts.faces[font].units_per_em;
                let scale = size / upem;
                // Text of each cluster, for ToUnicode (attached to the cluster's first glyph).
                let mut starts: Vec<u32> = glyphs.iter().map(|g| g.1).collect();
                starts.sort_unstable();
                starts.dedup();
                let mut seen = std::collections::HashSet::new();
                for (gid, cluster, adv, xo, yo) in glyphs {
                    let usage = &mut self.usage[font];
                    let remapper = usage.remapper.get_or_insert_with(GlyphRemapper::new);
                    remapper.remap(gid);
                    if seen.insert(cluster) {
                        let next = starts.iter().find(|s| **s > cluster).map(|s| *s as usize).unwrap_or(text.len());
                        let piece = text.get(cluster as usize..next).unwrap_or("");
                        usage.text.entry(gid).or_insert_with(|| piece.to_owned());
                    }
                    placed.push(Placed { font, gid, x: x + xo as f32 * scale, dy: yo as f32 * scale });
                    x += adv as f32 * scale;
                }
            }
        }
        (placed, x)
    }

    /// Writes the PDF.
    pub fn finish(self) -> Result<Vec<u8>, PdfError> {
        let mut pdf = Pdf::new();
        let mut next = 1;
        let mut alloc = || {
            let r = Ref::new(next);
            next += 1;
            r
        };
        let catalog = alloc();
        let tree = alloc();
        let info = alloc();
        let font_refs: Vec<Option<Ref>> = self.usage.iter().map(|u| u.remapper.as_ref().map(|_| alloc())).collect();
        let page_refs: Vec<(Ref, Ref)> = self.pages.iter().map(|_| (alloc(), alloc())).collect();

        pdf.catalog(catalog).pages(tree).pair(Name(b"Lang"), Str(self.lang.as_bytes()));
        pdf.document_info(info).title(pdf_writer::TextStr(&self.title)).producer(pdf_writer::TextStr("Reclamo"));
        pdf.pages(tree).kids(page_refs.iter().map(|(p, _)| *p)).count(page_refs.len() as i32);

        for ((page_ref, content_ref), lines) in page_refs.iter().zip(&self.pages) {
            let mut page = pdf.page(*page_ref);
            page.media_box(Rect::new(0.0, 0.0, PAGE_W, PAGE_H)).parent(tree).contents(*content_ref);
            let mut res = page.resources();
            let mut fonts = res.fonts();
            for (i, r) in font_refs.iter().enumerate() {
                if let Some(r) = r {
                    fonts.pair(Name(self.fonts.faces[i].name.as_bytes()), *r);
                }
            }
            fonts.finish();
            res.finish();
            page.finish();

            let mut content = Content::new();
            content.begin_text();
            for Line { y, size, x0, glyphs } in lines {
                let mut current_font = usize::MAX;
                for g in glyphs {
                    let Some(remapper) = self.usage[g.font].remapper.as_ref() else { continue };
                    let Some(cid) = remapper.get(g.gid) else { continue };
                    if g.font != current_font {
                        content.set_font(Name(self.fonts.faces[g.font].name.as_bytes()), *size);
                        current_font = g.font;
                    }
                    content.set_text_matrix([1.0, 0.0, 0.0, 1.0, x0 + g.x, y + g.dy]);
                    content.show(Str(&cid.to_be_bytes()));
                }
            }
            content.end_text();
            let data = deflate(&content.finish());
            pdf.stream(*content_ref, &data).filter(Filter::FlateDecode);
        }

        for (i, usage) in self.usage.iter().enumerate() {
            let (Some(type0), Some(remapper)) = (font_refs[i], usage.remapper.as_ref()) else { continue };
            write_font(&mut pdf, type0, &mut alloc, &self.fonts.faces[i], usage, remapper)?;
        }
        Ok(pdf.finish())
    }
}

fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x064B..=0x065F | 0x0670 | 0x135D..=0x135F)
}

fn deflate(data: &[u8]) -> Vec<u8> {
    miniz_oxide::deflate::compress_to_vec_zlib(data, 6)
}

const SYSTEM_INFO: SystemInfo = SystemInfo { registry: Str(b"Adobe"), ordering: Str(b"Identity"), supplement: 0 };

fn write_font(
    pdf: &mut Pdf,
    type0: Ref,
    alloc: &mut impl FnMut() -> Ref,
    face: &FontFace,
    usage: &Usage,
    remapper: &GlyphRemapper,
) -> Result<(), PdfError> {
    let (cid_ref, desc_ref, cmap_ref, data_ref) = (alloc(), alloc(), alloc(), alloc());
    let is_cff = face.is_cff();
    // Subset tag: six letters from the glyph set, as PDF requires for subset fonts.
    let mut h: u64 = 1469598103934665603;
    for g in remapper.remapped_gids() {
        h = (h ^ u64::from(g)).wrapping_mul(1099511628211);
    }
    let tag: String = (0..6).map(|i| char::from(b'A' + ((h >> (i * 5)) % 26) as u8)).collect();
    let base = format!("{tag}+{}", face.postscript);
    let type0_name = if is_cff { format!("{base}-Identity-H") } else { base.clone() };
    pdf.type0_font(type0)
        .base_font(Name(type0_name.as_bytes()))
        .encoding_predefined(Name(b"Identity-H"))
        .descendant_font(cid_ref)
        .to_unicode(cmap_ref);

    let parsed = face.face();
    let scale = 1000.0 / face.units_per_em;
    let mut cid = pdf.cid_font(cid_ref);
    cid.subtype(if is_cff { CidFontType::Type0 } else { CidFontType::Type2 });
    cid.base_font(Name(base.as_bytes()));
    cid.system_info(SYSTEM_INFO);
    cid.font_descriptor(desc_ref);
    cid.default_width(0.0);
    if !is_cff {
        cid.cid_to_gid_map_predefined(Name(b"Identity"));
    }
    let widths: Vec<f32> = remapper
        .remapped_gids()
        .map(|g| parsed.glyph_hor_advance(rustybuzz::ttf_parser::GlyphId(g)).map_or(0.0, |w| f32::from(w) * scale))
        .collect();
    cid.widths().consecutive(0, widths.iter().copied());
    cid.finish();

    let mut cmap = UnicodeCmap::new(Name(b"Custom"), SYSTEM_INFO);
    for (gid, text) in &usage.text {
        if let Some(new) = remapper.get(*gid)
            && !text.is_empty()
        {
            cmap.pair_with_multiple(new, text.chars());
        }
    }
    pdf.cmap(cmap_ref, &deflate(&cmap.finish())).filter(Filter::FlateDecode);

    let subset = subsetter::subset(face.data, face.index, remapper)
        .map_err(|e| PdfError::Subset(face.name, format!("{e:?}")))?;
    let program = if is_cff {
        rustybuzz::ttf_parser::RawFace::parse(&subset, 0)
            .ok()
            .and_then(|raw| raw.table(rustybuzz::ttf_parser::Tag::from_bytes(b"CFF ")))
            .map(<[u8]>::to_vec)
            .unwrap_or(subset.clone())
    } else {
        subset.clone()
    };
    let compressed = deflate(&program);
    let mut stream = pdf.stream(data_ref, &compressed);
    stream.filter(Filter::FlateDecode);
    if is_cff {
        stream.pair(Name(b"Subtype"), Name(b"CIDFontType0C"));
    }
    stream.finish();

    let (asc, desc, cap, bb) = face.metrics;
    let mut fd = pdf.font_descriptor(desc_ref);
    fd.name(Name(base.as_bytes()))
        .flags(FontFlags::SYMBOLIC)
        .bbox(Rect::new(
            f32::from(bb[0]) * scale,
            f32::from(bb[1]) * scale,
            f32::from(bb[2]) * scale,
            f32::from(bb[3]) * scale,
        ))
        .italic_angle(0.0)
        .ascent(f32::from(asc) * scale)
        .descent(f32::from(desc) * scale)
        .cap_height(f32::from(cap) * scale)
        .stem_v(80.0);
    if is_cff {
        fd.font_file3(data_ref);
    } else {
        fd.font_file2(data_ref);
    }
    fd.finish();
    Ok(())
}
