//! Rebuilds the crate when a translation changes: `fluent_templates::static_loader!` embeds
//! every `.ftl` under assets/locales at compile time, but cargo cannot see those reads.
fn main() {
    println!("cargo:rerun-if-changed=assets/locales");
}
