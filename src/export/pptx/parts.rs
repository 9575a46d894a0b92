//! The fixed parts of the package (content types, relationships, presentation, slide master and
//! layout, theme, notes master, document properties) as small templates, and XML escaping.
//!
//! Checked against ECMA-376 Part 1 (PresentationML, 5th edition): slide ids start at 256
//! (`ST_SlideId`), master and layout ids at 2 147 483 648 (`ST_SlideMasterId`, shared with
//! layouts), and every length is in EMU (914 400 per inch, 12 700 per point).

use std::fmt::Write as _;

/// The namespaces every PresentationML part declares.
pub(super) const NS: &str = concat!(
    r#"xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" "#,
    r#"xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" "#,
    r#"xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main""#
);

const DECL: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
const REL_NS: &str = "http://schemas.openxmlformats.org/package/2006/relationships";
const OFFICE_REL: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PML: &str = "application/vnd.openxmlformats-officedocument.presentationml";

/// The font every text run names (the bundled font Trailmap measured the lines with).
pub(super) const FONT: &str = "Noto Sans";

/// Escapes text for XML character data and attribute values. Characters XML 1.0 cannot carry
/// at all (C0 controls but tab, line feed and carriage return; U+FFFE and U+FFFF) are dropped:
/// a file with them is refused by every Office program.
pub(super) fn escape(text: &str) -> std::borrow::Cow<'_, str> {
    let needs =
        |c: char| matches!(c, '&' | '<' | '>' | '"' | '\'' | '\u{FFFE}' | '\u{FFFF}') || c < ' ';
    if !text.chars().any(needs) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Carriage returns and tabs would be normalised away by a reader; keep them.
            '\r' => out.push_str("&#13;"),
            '\t' => out.push_str("&#9;"),
            '\n' => out.push_str("&#10;"),
            // The other C0 controls, U+FFFE and U+FFFF.
            c if needs(c) => {}
            c => out.push(c),
        }
    }
    std::borrow::Cow::Owned(out)
}

/// `[Content_Types].xml`.
pub(super) fn content_types(
    slides: usize,
    notes: &[usize],
    media: &[crate::model::MediaType],
) -> String {
    let mut s = String::from(DECL);
    s.push_str(
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
         <Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
         <Default Extension=\"xml\" ContentType=\"application/xml\"/>",
    );
    for m in media {
        let _ = write!(
            s,
            "<Default Extension=\"{}\" ContentType=\"{}\"/>",
            m.extension(),
            m.mime()
        );
    }
    let mut over = |part: &str, kind: &str| {
        let _ = write!(s, "<Override PartName=\"/{part}\" ContentType=\"{kind}\"/>");
    };
    over(
        "ppt/presentation.xml",
        &format!("{PML}.presentation.main+xml"),
    );
    over("ppt/presProps.xml", &format!("{PML}.presProps+xml"));
    over("ppt/viewProps.xml", &format!("{PML}.viewProps+xml"));
    over("ppt/tableStyles.xml", &format!("{PML}.tableStyles+xml"));
    over(
        "ppt/slideMasters/slideMaster1.xml",
        &format!("{PML}.slideMaster+xml"),
    );
    over(
        "ppt/slideLayouts/slideLayout1.xml",
        &format!("{PML}.slideLayout+xml"),
    );
    let theme = "application/vnd.openxmlformats-officedocument.theme+xml";
    over("ppt/theme/theme1.xml", theme);
    if !notes.is_empty() {
        over("ppt/theme/theme2.xml", theme);
        over(
            "ppt/notesMasters/notesMaster1.xml",
            &format!("{PML}.notesMaster+xml"),
        );
    }
    for n in 1..=slides {
        over(
            &format!("ppt/slides/slide{n}.xml"),
            &format!("{PML}.slide+xml"),
        );
    }
    for n in notes {
        over(
            &format!("ppt/notesSlides/notesSlide{n}.xml"),
            &format!("{PML}.notesSlide+xml"),
        );
    }
    over(
        "docProps/core.xml",
        "application/vnd.openxmlformats-package.core-properties+xml",
    );
    over(
        "docProps/app.xml",
        "application/vnd.openxmlformats-officedocument.extended-properties+xml",
    );
    s.push_str("</Types>");
    s
}

/// A relationships part: (id, type suffix after `.../relationships/`, target).
pub(super) fn relationships(rels: &[(String, &str, String)]) -> String {
    let mut s = String::from(DECL);
    let _ = write!(s, "<Relationships xmlns=\"{REL_NS}\">");
    for (id, kind, target) in rels {
        let kind = if kind.starts_with("http") {
            (*kind).to_owned()
        } else {
            format!("{OFFICE_REL}/{kind}")
        };
        let _ = write!(
            s,
            "<Relationship Id=\"{id}\" Type=\"{kind}\" Target=\"{target}\"/>"
        );
    }
    s.push_str("</Relationships>");
    s
}

/// `_rels/.rels`.
pub(super) fn package_relationships() -> String {
    relationships(&[
        (
            "rId1".into(),
            "officeDocument",
            "ppt/presentation.xml".into(),
        ),
        (
            "rId2".into(),
            "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
            "docProps/core.xml".into(),
        ),
        (
            "rId3".into(),
            "extended-properties",
            "docProps/app.xml".into(),
        ),
    ])
}

/// `ppt/presentation.xml`. Relationship ids: rId1 master, rId2 theme, rId3-5 properties, rId6
/// notes master, then one per slide from rId10.
pub(super) fn presentation(
    slides: usize,
    size: (i64, i64),
    size_type: &str,
    notes: bool,
) -> String {
    let mut s = String::from(DECL);
    let _ = write!(
        s,
        "<p:presentation {NS} saveSubsetFonts=\"1\">\
         <p:sldMasterIdLst><p:sldMasterId id=\"2147483648\" r:id=\"rId1\"/></p:sldMasterIdLst>"
    );
    if notes {
        s.push_str("<p:notesMasterIdLst><p:notesMasterId r:id=\"rId6\"/></p:notesMasterIdLst>");
    }
    s.push_str("<p:sldIdLst>");
    for n in 0..slides {
        let _ = write!(s, "<p:sldId id=\"{}\" r:id=\"rId{}\"/>", 256 + n, 10 + n);
    }
    let _ = write!(
        s,
        "</p:sldIdLst><p:sldSz cx=\"{}\" cy=\"{}\"{size_type}/>\
         <p:notesSz cx=\"6858000\" cy=\"9144000\"/><p:defaultTextStyle>\
         <a:defPPr><a:defRPr lang=\"en-US\"/></a:defPPr></p:defaultTextStyle></p:presentation>",
        size.0, size.1
    );
    s
}

/// `ppt/_rels/presentation.xml.rels`.
pub(super) fn presentation_relationships(slides: usize, notes: bool) -> String {
    let mut rels = vec![
        (
            "rId1".to_owned(),
            "slideMaster",
            "slideMasters/slideMaster1.xml".to_owned(),
        ),
        ("rId2".into(), "theme", "theme/theme1.xml".into()),
        ("rId3".into(), "presProps", "presProps.xml".into()),
        ("rId4".into(), "viewProps", "viewProps.xml".into()),
        ("rId5".into(), "tableStyles", "tableStyles.xml".into()),
    ];
    if notes {
        rels.push((
            "rId6".into(),
            "notesMaster",
            "notesMasters/notesMaster1.xml".into(),
        ));
    }
    for n in 0..slides {
        rels.push((
            format!("rId{}", 10 + n),
            "slide",
            format!("slides/slide{}.xml", n + 1),
        ));
    }
    relationships(&rels)
}

pub(super) fn pres_props() -> String {
    format!("{DECL}<p:presentationPr {NS}/>")
}

pub(super) fn view_props() -> String {
    format!(
        "{DECL}<p:viewPr {NS}><p:normalViewPr><p:restoredLeft sz=\"15620\"/>\
         <p:restoredTop sz=\"94660\"/></p:normalViewPr><p:gridSpacing cx=\"76200\" cy=\"76200\"/></p:viewPr>"
    )
}

pub(super) fn table_styles() -> String {
    format!(
        "{DECL}<a:tblStyleLst xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" \
         def=\"{{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}}\"/>"
    )
}

/// The empty group properties every shape tree starts with.
pub(super) const TREE_START: &str = "<p:nvGrpSpPr><p:cNvPr id=\"1\" name=\"\"/><p:cNvGrpSpPr/>\
    <p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"0\" cy=\"0\"/>\
    <a:chOff x=\"0\" y=\"0\"/><a:chExt cx=\"0\" cy=\"0\"/></a:xfrm></p:grpSpPr>";

const CLR_MAP: &str = "<p:clrMap bg1=\"lt1\" tx1=\"dk1\" bg2=\"lt2\" tx2=\"dk2\" accent1=\"accent1\" \
    accent2=\"accent2\" accent3=\"accent3\" accent4=\"accent4\" accent5=\"accent5\" \
    accent6=\"accent6\" hlink=\"hlink\" folHlink=\"folHlink\"/>";

/// Text styles of the master: Noto Sans everywhere, so text a presenter adds matches the map.
fn text_style(tag: &str) -> String {
    format!(
        "<p:{tag}><a:lvl1pPr><a:defRPr sz=\"1800\"><a:latin typeface=\"{FONT}\"/>\
         <a:ea typeface=\"{FONT}\"/><a:cs typeface=\"{FONT}\"/></a:defRPr></a:lvl1pPr></p:{tag}>"
    )
}

/// `ppt/slideMasters/slideMaster1.xml`: a white background and no placeholders.
pub(super) fn slide_master() -> String {
    format!(
        "{DECL}<p:sldMaster {NS}><p:cSld><p:bg><p:bgPr><a:solidFill><a:srgbClr val=\"FFFFFF\"/>\
         </a:solidFill><a:effectLst/></p:bgPr></p:bg><p:spTree>{TREE_START}</p:spTree></p:cSld>\
         {CLR_MAP}<p:sldLayoutIdLst><p:sldLayoutId id=\"2147483649\" r:id=\"rId1\"/>\
         </p:sldLayoutIdLst><p:txStyles>{}{}{}</p:txStyles></p:sldMaster>",
        text_style("titleStyle"),
        text_style("bodyStyle"),
        text_style("otherStyle")
    )
}

pub(super) fn slide_master_relationships() -> String {
    relationships(&[
        (
            "rId1".into(),
            "slideLayout",
            "../slideLayouts/slideLayout1.xml".into(),
        ),
        ("rId2".into(), "theme", "../theme/theme1.xml".into()),
    ])
}

/// `ppt/slideLayouts/slideLayout1.xml`: blank.
pub(super) fn slide_layout() -> String {
    format!(
        "{DECL}<p:sldLayout {NS} type=\"blank\" preserve=\"1\"><p:cSld name=\"Blank\"><p:spTree>\
         {TREE_START}</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>"
    )
}

pub(super) fn slide_layout_relationships() -> String {
    relationships(&[(
        "rId1".into(),
        "slideMaster",
        "../slideMasters/slideMaster1.xml".into(),
    )])
}

/// A slide around its shape tree.
pub(super) fn slide(shapes: &str) -> String {
    format!(
        "{DECL}<p:sld {NS}><p:cSld><p:spTree>{TREE_START}{shapes}</p:spTree></p:cSld>\
         <p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>"
    )
}

/// A slide's relationships: its layout, its notes, and each picture it shows (`(n, target)`,
/// related as `rId{100 + n}`).
pub(super) fn slide_relationships(notes: Option<usize>, pictures: &[(usize, String)]) -> String {
    let mut rels = vec![(
        "rId1".to_owned(),
        "slideLayout",
        "../slideLayouts/slideLayout1.xml".to_owned(),
    )];
    if let Some(n) = notes {
        rels.push((
            "rId2".into(),
            "notesSlide",
            format!("../notesSlides/notesSlide{n}.xml"),
        ));
    }
    for (n, target) in pictures {
        rels.push((format!("rId{}", 100 + n), "image", target.clone()));
    }
    relationships(&rels)
}

/// `ppt/theme/themeN.xml`: Office colours, Noto Sans, and the three-of-each format scheme the
/// schema requires.
pub(super) fn theme() -> String {
    let colour = |name: &str, hex: &str| format!("<a:{name}><a:srgbClr val=\"{hex}\"/></a:{name}>");
    let fonts = |tag: &str| {
        format!(
            "<a:{tag}><a:latin typeface=\"{FONT}\"/><a:ea typeface=\"\"/><a:cs typeface=\"\"/></a:{tag}>"
        )
    };
    let solid = "<a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill>";
    let line = |w: u32| {
        format!("<a:ln w=\"{w}\"><a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill></a:ln>")
    };
    format!(
        "{DECL}<a:theme xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" name=\"Trailmap\">\
         <a:themeElements><a:clrScheme name=\"Trailmap\">\
         <a:dk1><a:sysClr val=\"windowText\" lastClr=\"000000\"/></a:dk1>\
         <a:lt1><a:sysClr val=\"window\" lastClr=\"FFFFFF\"/></a:lt1>{}{}{}{}{}{}{}{}{}{}</a:clrScheme>\
         <a:fontScheme name=\"Trailmap\">{}{}</a:fontScheme>\
         <a:fmtScheme name=\"Trailmap\"><a:fillStyleLst>{solid}{solid}{solid}</a:fillStyleLst>\
         <a:lnStyleLst>{}{}{}</a:lnStyleLst><a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle>\
         <a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle>\
         </a:effectStyleLst><a:bgFillStyleLst>{solid}{solid}{solid}</a:bgFillStyleLst></a:fmtScheme>\
         </a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>",
        colour("dk2", "1F2937"),
        colour("lt2", "F5F6F8"),
        colour("accent1", "3B82F6"),
        colour("accent2", "6366F1"),
        colour("accent3", "16A34A"),
        colour("accent4", "F59E0B"),
        colour("accent5", "EF4444"),
        colour("accent6", "8B5CF6"),
        colour("hlink", "2563EB"),
        colour("folHlink", "7C3AED"),
        fonts("majorFont"),
        fonts("minorFont"),
        line(6350),
        line(12700),
        line(19050),
    )
}

/// The two placeholders of a notes page: the slide picture and the notes text.
fn notes_placeholders(body: &str) -> String {
    format!(
        "<p:sp><p:nvSpPr><p:cNvPr id=\"2\" name=\"Slide Image\"/><p:cNvSpPr>\
         <a:spLocks noGrp=\"1\" noRot=\"1\" noChangeAspect=\"1\"/></p:cNvSpPr>\
         <p:nvPr><p:ph type=\"sldImg\"/></p:nvPr></p:nvSpPr><p:spPr><a:xfrm><a:off x=\"381000\" y=\"685800\"/>\
         <a:ext cx=\"6096000\" cy=\"3429000\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom>\
         </p:spPr></p:sp><p:sp><p:nvSpPr><p:cNvPr id=\"3\" name=\"Notes\"/><p:cNvSpPr>\
         <a:spLocks noGrp=\"1\"/></p:cNvSpPr><p:nvPr><p:ph type=\"body\" idx=\"1\"/></p:nvPr></p:nvSpPr>\
         <p:spPr><a:xfrm><a:off x=\"685800\" y=\"4343400\"/><a:ext cx=\"5486400\" cy=\"4114800\"/></a:xfrm>\
         <a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></p:spPr><p:txBody><a:bodyPr/><a:lstStyle/>\
         {body}</p:txBody></p:sp>"
    )
}

/// `ppt/notesMasters/notesMaster1.xml`.
pub(super) fn notes_master() -> String {
    format!(
        "{DECL}<p:notesMaster {NS}><p:cSld><p:bg><p:bgRef idx=\"1001\"><a:schemeClr val=\"bg1\"/></p:bgRef>\
         </p:bg><p:spTree>{TREE_START}{}</p:spTree></p:cSld>{CLR_MAP}</p:notesMaster>",
        notes_placeholders("<a:p><a:endParaRPr lang=\"en-US\"/></a:p>")
    )
}

pub(super) fn notes_master_relationships() -> String {
    relationships(&[("rId1".into(), "theme", "../theme/theme2.xml".into())])
}

/// A notes page: one paragraph per (title, notes) pair, the title bold.
pub(super) fn notes_slide(notes: &[(String, String)]) -> String {
    let font = format!(
        "<a:latin typeface=\"{FONT}\"/><a:ea typeface=\"{FONT}\"/><a:cs typeface=\"{FONT}\"/>"
    );
    let mut body = String::new();
    for (title, text) in notes {
        let _ = write!(
            body,
            "<a:p><a:r><a:rPr lang=\"en-US\" b=\"1\" dirty=\"0\">{font}</a:rPr><a:t>{}</a:t></a:r></a:p>",
            escape(title)
        );
        for line in text.lines() {
            let _ = write!(
                body,
                "<a:p><a:r><a:rPr lang=\"en-US\" dirty=\"0\">{font}</a:rPr><a:t>{}</a:t></a:r></a:p>",
                escape(line)
            );
        }
    }
    if body.is_empty() {
        body.push_str("<a:p><a:endParaRPr lang=\"en-US\"/></a:p>");
    }
    format!(
        "{DECL}<p:notes {NS}><p:cSld><p:spTree>{TREE_START}{}</p:spTree></p:cSld>\
         <p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:notes>",
        notes_placeholders(&body)
    )
}

pub(super) fn notes_slide_relationships(slide: usize) -> String {
    relationships(&[
        (
            "rId1".into(),
            "notesMaster",
            "../notesMasters/notesMaster1.xml".into(),
        ),
        (
            "rId2".into(),
            "slide",
            format!("../slides/slide{slide}.xml"),
        ),
    ])
}

/// `docProps/core.xml`: the map's title.
pub(super) fn core_properties(title: &str) -> String {
    format!(
        "{DECL}<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" \
         xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:title>{}</dc:title>\
         <dc:creator>Trailmap</dc:creator></cp:coreProperties>",
        escape(title)
    )
}

/// `docProps/app.xml`.
pub(super) fn app_properties(slides: usize, notes: usize) -> String {
    format!(
        "{DECL}<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">\
         <Application>Trailmap</Application><Slides>{slides}</Slides><Notes>{notes}</Notes>\
         <PresentationFormat>On-screen Show</PresentationFormat></Properties>"
    )
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn every_xml_special_and_control_character_is_escaped() {
        assert_eq!(escape("plain Łódź"), "plain Łódź");
        assert_eq!(escape("a&b<c>d\"e'f"), "a&amp;b&lt;c&gt;d&quot;e&apos;f");
        assert_eq!(escape("t\tn\nr\r"), "t&#9;n&#10;r&#13;");
        for c in (0u32..0x20).filter(|c| ![9, 10, 13].contains(c)) {
            let c = char::from_u32(c).unwrap();
            assert_eq!(escape(&format!("x{c}y")), "xy", "{:?}", c);
        }
        assert_eq!(escape("a\u{FFFE}\u{FFFF}b"), "ab");
        // Every escaped string is well-formed XML text.
        let all: String = (0u32..0x80).filter_map(char::from_u32).collect();
        let doc = format!("<a b=\"{}\">{}</a>", escape(&all), escape(&all));
        let parsed = roxmltree::Document::parse(&doc).unwrap();
        let expected: String = all
            .chars()
            .filter(|c| *c >= ' ' || matches!(c, '\t' | '\n' | '\r'))
            .collect();
        assert_eq!(parsed.root_element().text(), Some(expected.as_str()));
        assert_eq!(
            parsed.root_element().attribute("b"),
            Some(expected.as_str())
        );
    }
}
