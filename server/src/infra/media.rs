//! What an uploaded file is, judged by its bytes (never its name), and making photos safe to keep:
//! decoded and re-encoded so that nothing but the pixels survives (EXIF, XMP, GPS, device ids are
//! dropped), with the camera's orientation applied first. PDFs and audio are kept as sent; they
//! are only ever served as downloads.

use std::io::Cursor;

/// The kinds of evidence Reclamo keeps.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Media {
    /// A photo or screenshot (re-encoded before it is kept).
    Image(ImageFormat),
    /// A PDF document.
    Pdf,
    /// A voice note or other audio, with its MIME type.
    Audio(&'static str),
}

/// Image formats that can be decoded here.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImageFormat {
    /// JPEG.
    Jpeg,
    /// PNG.
    Png,
    /// WebP.
    WebP,
}

/// Why a file is refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum MediaError {
    /// Not a kind of file Reclamo takes (an executable renamed `.jpg`, a word-processor file…).
    #[error("unsupported")]
    Unsupported,
    /// An iPhone HEIC/HEIF photo: no decoder here (no pure-Rust one exists), so it is refused
    /// with advice rather than kept unread.
    #[error("heic")]
    Heic,
    /// It claims to be a photo but does not decode (damaged, truncated or too large in pixels).
    #[error("damaged")]
    Damaged,
}

impl Media {
    /// `image`, `pdf` or `audio`.
    pub fn kind(self) -> &'static str {
        match self {
            Media::Image(_) => "image",
            Media::Pdf => "pdf",
            Media::Audio(_) => "audio",
        }
    }
}

/// The ISO base-media brand (`ftyp` box) of `bytes`, if any: MP4/M4A/HEIC share the container.
fn ftyp_brand(bytes: &[u8]) -> Option<&[u8]> {
    (bytes.len() >= 12 && &bytes[4..8] == b"ftyp").then(|| &bytes[8..12])
}

/// What `bytes` are, from their first bytes.
pub fn sniff(bytes: &[u8]) -> Result<Media, MediaError> {
    let starts = |magic: &[u8]| bytes.starts_with(magic);
    if starts(&[0xFF, 0xD8, 0xFF]) {
        return Ok(Media::Image(ImageFormat::Jpeg));
    }
    if starts(b"\x89PNG\r\n\x1a\n") {
        return Ok(Media::Image(ImageFormat::Png));
    }
    if bytes.len() >= 12 && starts(b"RIFF") && &bytes[8..12] == b"WEBP" {
        return Ok(Media::Image(ImageFormat::WebP));
    }
    if bytes.len() >= 12 && starts(b"RIFF") && &bytes[8..12] == b"WAVE" {
        return Ok(Media::Audio("audio/wav"));
    }
    if starts(b"%PDF-") {
        return Ok(Media::Pdf);
    }
    if starts(b"OggS") {
        return Ok(Media::Audio("audio/ogg"));
    }
    if starts(b"ID3") || (bytes.len() >= 2 && bytes[0] == 0xFF && matches!(bytes[1], 0xFB | 0xF3 | 0xF2 | 0xE3)) {
        return Ok(Media::Audio("audio/mpeg"));
    }
    // ADTS AAC: 12-bit sync word, layer 0.
    if bytes.len() >= 2 && bytes[0] == 0xFF && bytes[1] & 0xF6 == 0xF0 {
        return Ok(Media::Audio("audio/aac"));
    }
    match ftyp_brand(bytes) {
        Some(b"heic" | b"heix" | b"hevc" | b"hevx" | b"heim" | b"heis" | b"mif1" | b"msf1" | b"avif") => {
            Err(MediaError::Heic)
        }
        Some(b"M4A " | b"M4B " | b"mp42" | b"isom" | b"dash" | b"3gp4" | b"3gp5" | b"3g2a") => {
            Ok(Media::Audio("audio/mp4"))
        }
        _ => Err(MediaError::Unsupported),
    }
}

/// The most pixels a photo may have (a decompression bomb is refused, not decoded).
const MAX_PIXELS_SIDE: u32 = 12_000;
/// The most memory one decode may allocate.
const MAX_DECODE_ALLOC: u64 = 256 * 1024 * 1024;

/// The longest side of a thumbnail, in pixels.
pub const THUMB_SIDE: u32 = 320;

/// A photo made safe to keep, and its thumbnail.
#[derive(Clone, Debug)]
pub struct CleanImage {
    /// The re-encoded photo.
    pub bytes: Vec<u8>,
    /// Its MIME type.
    pub content_type: &'static str,
    /// A JPEG at most [`THUMB_SIDE`] pixels on its longest side (what staff see in the list).
    pub thumb: Vec<u8>,
}

/// A photo decoded, turned upright and re-encoded without any metadata: JPEG stays JPEG (quality
/// 88); PNG and WebP become PNG (lossless); with a small JPEG thumbnail.
pub fn clean_image(bytes: &[u8], format: ImageFormat) -> Result<CleanImage, MediaError> {
    use image::{DynamicImage, ImageDecoder, ImageReader};
    let mut reader = ImageReader::new(Cursor::new(bytes));
    reader.set_format(match format {
        ImageFormat::Jpeg => image::ImageFormat::Jpeg,
        ImageFormat::Png => image::ImageFormat::Png,
        ImageFormat::WebP => image::ImageFormat::WebP,
    });
    let mut limits = image::Limits::default();
    limits.max_image_width = Some(MAX_PIXELS_SIDE);
    limits.max_image_height = Some(MAX_PIXELS_SIDE);
    limits.max_alloc = Some(MAX_DECODE_ALLOC);
    reader.limits(limits);
    let mut decoder = reader.into_decoder().map_err(|_| MediaError::Damaged)?;
    let orientation = decoder.orientation().unwrap_or(image::metadata::Orientation::NoTransforms);
    let mut img = DynamicImage::from_decoder(decoder).map_err(|_| MediaError::Damaged)?;
    img.apply_orientation(orientation);
    let mut out = Vec::new();
    let content_type = match format {
        ImageFormat::Jpeg => {
            let encoder = image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 88);
            DynamicImage::ImageRgb8(img.to_rgb8()).write_with_encoder(encoder).map_err(|_| MediaError::Damaged)?;
            "image/jpeg"
        }
        ImageFormat::Png | ImageFormat::WebP => {
            let encoder = image::codecs::png::PngEncoder::new(&mut out);
            img.write_with_encoder(encoder).map_err(|_| MediaError::Damaged)?;
            "image/png"
        }
    };
    // Never enlarged: a photo already small is its own thumbnail.
    let small = if img.width().max(img.height()) > THUMB_SIDE { img.thumbnail(THUMB_SIDE, THUMB_SIDE) } else { img };
    let mut thumb = Vec::new();
    let encoder = image::codecs::jpeg::JpegEncoder::new_with_quality(&mut thumb, 80);
    DynamicImage::ImageRgb8(small.to_rgb8()).write_with_encoder(encoder).map_err(|_| MediaError::Damaged)?;
    Ok(CleanImage { bytes: out, content_type, thumb })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn jpeg(width: u32, height: u32) -> Vec<u8> {
        let img = image::RgbImage::from_fn(width, height, |x, _| image::Rgb([(x * 10) as u8, 0, 0]));
        let mut out = Vec::new();
        image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 90)
            .encode_image(&image::DynamicImage::ImageRgb8(img))
            .unwrap();
        out
    }

    /// A JPEG with an APP1 EXIF segment: orientation 6 (rotate 90° clockwise) and a GPS IFD.
    pub(crate) fn jpeg_with_gps_exif(width: u32, height: u32) -> Vec<u8> {
        // TIFF header (big-endian), IFD0 with Orientation=6 and GPSInfo pointer, GPS IFD with
        // GPSLatitudeRef 'N' and a marker string.
        let mut tiff: Vec<u8> = b"MM\x00\x2a\x00\x00\x00\x08".to_vec();
        // IFD0: 2 entries.
        tiff.extend_from_slice(&[0x00, 0x02]);
        tiff.extend_from_slice(&[0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, 0x00, 0x06, 0x00, 0x00]);
        // GPS IFD at offset 8 + 2 + 24 + 4 = 38.
        tiff.extend_from_slice(&[0x88, 0x25, 0x00, 0x04, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 38]);
        tiff.extend_from_slice(&[0, 0, 0, 0]);
        // GPS IFD: 1 entry, GPSLatitudeRef = "N\0".
        tiff.extend_from_slice(&[0x00, 0x01]);
        tiff.extend_from_slice(&[0x00, 0x01, 0x00, 0x02, 0x00, 0x00, 0x00, 0x02, b'N', 0, 0, 0]);
        tiff.extend_from_slice(&[0, 0, 0, 0]);
        tiff.extend_from_slice(b"GPS-MARKER-39.7392N");
        let mut app1 = b"Exif\x00\x00".to_vec();
        app1.extend_from_slice(&tiff);
        let len = (app1.len() + 2) as u16;
        let plain = jpeg(width, height);
        let mut out = plain[..2].to_vec();
        out.extend_from_slice(&[0xFF, 0xE1]);
        out.extend_from_slice(&len.to_be_bytes());
        out.extend_from_slice(&app1);
        out.extend_from_slice(&plain[2..]);
        out
    }

    #[test]
    fn large_photos_get_a_small_thumbnail() {
        let cleaned = clean_image(&jpeg(1000, 500), ImageFormat::Jpeg).unwrap();
        let thumb = image::load_from_memory(&cleaned.thumb).unwrap();
        assert_eq!((thumb.width(), thumb.height()), (THUMB_SIDE, THUMB_SIDE / 2));
        assert!(cleaned.thumb.len() < cleaned.bytes.len());
    }

    #[test]
    fn types_are_judged_by_content() {
        assert_eq!(sniff(&jpeg(4, 4)), Ok(Media::Image(ImageFormat::Jpeg)));
        assert_eq!(sniff(b"\x89PNG\r\n\x1a\n...."), Ok(Media::Image(ImageFormat::Png)));
        assert_eq!(sniff(b"RIFF\x00\x00\x00\x00WEBPVP8 "), Ok(Media::Image(ImageFormat::WebP)));
        assert_eq!(sniff(b"RIFF\x00\x00\x00\x00WAVEfmt "), Ok(Media::Audio("audio/wav")));
        assert_eq!(sniff(b"%PDF-1.7\n"), Ok(Media::Pdf));
        assert_eq!(sniff(b"OggS\x00\x02"), Ok(Media::Audio("audio/ogg")));
        assert_eq!(sniff(b"ID3\x04\x00"), Ok(Media::Audio("audio/mpeg")));
        assert_eq!(sniff(&[0xFF, 0xF1, 0x50, 0x80]), Ok(Media::Audio("audio/aac")));
        assert_eq!(sniff(b"\x00\x00\x00\x20ftypM4A \x00\x00"), Ok(Media::Audio("audio/mp4")));
        assert_eq!(sniff(b"\x00\x00\x00\x18ftypheic\x00\x00"), Err(MediaError::Heic));
        // Executables, scripts, office files, empty: refused whatever their name.
        for other in [&b"MZ\x90\x00"[..], b"\x7fELF\x02\x01", b"#!/bin/sh\n", b"PK\x03\x04", b"", b"<html>"] {
            assert_eq!(sniff(other), Err(MediaError::Unsupported), "{other:?}");
        }
    }

    #[test]
    fn photos_lose_their_metadata_and_stand_upright() {
        let with_exif = jpeg_with_gps_exif(40, 20);
        assert!(with_exif.windows(10).any(|w| w == b"GPS-MARKER"));
        let cleaned = clean_image(&with_exif, ImageFormat::Jpeg).unwrap();
        let (clean, mime) = (cleaned.bytes, cleaned.content_type);
        assert_eq!(mime, "image/jpeg");
        let thumb = image::load_from_memory(&cleaned.thumb).unwrap();
        assert!(thumb.width() <= THUMB_SIDE && thumb.height() <= THUMB_SIDE);
        assert!(!clean.windows(4).any(|w| w == b"Exif") && !clean.windows(10).any(|w| w == b"GPS-MARKER"));
        // Orientation 6 applied: 40×20 becomes 20×40.
        let img = image::load_from_memory(&clean).unwrap();
        assert_eq!((img.width(), img.height()), (20, 40));
        // A truncated photo is damaged, not kept.
        assert_eq!(clean_image(&with_exif[..with_exif.len() / 3], ImageFormat::Jpeg).err(), Some(MediaError::Damaged));
    }
}
