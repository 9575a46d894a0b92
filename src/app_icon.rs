//! Trailmap's own icon (`assets/app-icon/trailmap.svg`): the window icon and the PNG the
//! desktop integration installs, both rendered from the one SVG with resvg.

use resvg::{tiny_skia, usvg};

/// The icon as SVG (the hicolor theme's scalable icon).
pub const SVG: &str = include_str!("../assets/app-icon/trailmap.svg");

/// The icon as `size`×`size` straight (not premultiplied) RGBA pixels, row by row; `None` only
/// if the bundled SVG does not parse (a test makes sure it does) or `size` is 0.
pub fn rgba(size: u32) -> Option<Vec<u8>> {
    let tree = usvg::Tree::from_str(SVG, &usvg::Options::default()).ok()?;
    let mut pixmap = tiny_skia::Pixmap::new(size, size)?;
    let svg = tree.size();
    let scale = size as f32 / svg.width().max(svg.height());
    resvg::render(
        &tree,
        tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    Some(
        pixmap
            .pixels()
            .iter()
            .flat_map(|p| {
                let c = p.demultiply();
                [c.red(), c.green(), c.blue(), c.alpha()]
            })
            .collect(),
    )
}

/// The icon as a `size`×`size` PNG file.
pub fn png(size: u32) -> Option<Vec<u8>> {
    let pixels = rgba(size)?;
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, size, size);
    encoder.set_color(png::ColorType::Rgba);
    encoder.set_depth(png::BitDepth::Eight);
    let mut writer = encoder.write_header().ok()?;
    writer.write_image_data(&pixels).ok()?;
    writer.finish().ok()?;
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_icon_renders_opaque_in_the_middle_and_clear_in_the_corner() {
        let px = rgba(64).expect("the bundled icon renders");
        assert_eq!(px.len(), 64 * 64 * 4);
        // The corner lies outside the rounded square; the middle is on the paper or the path.
        assert_eq!(px[3], 0, "corner alpha");
        let middle = (32 * 64 + 32) * 4;
        assert_eq!(px[middle + 3], 255, "middle alpha");
        // Some pixels are the brand blue and some the orange.
        let has = |r: u8, g: u8, b: u8| {
            px.chunks(4)
                .any(|c| c[3] == 255 && c[0] == r && c[1] == g && c[2] == b)
        };
        assert!(has(0x25, 0x63, 0xEB), "blue");
        assert!(has(0xF9, 0x73, 0x16), "orange");
    }

    #[test]
    fn the_png_is_a_png_of_the_asked_size() {
        let bytes = png(256).expect("png");
        let decoder = png::Decoder::new(std::io::Cursor::new(bytes));
        let reader = decoder.read_info().expect("reads");
        assert_eq!((reader.info().width, reader.info().height), (256, 256));
    }
}
