//! Two build-time jobs:
//! - Checks the deployment's lists (`ACP_HOST_ORIGINS`, `ACP_ENDPOINTS`) with the parser the panel
//!   itself uses, so a malformed list fails the build instead of a deployment. The post-build hook
//!   (scripts/post-build.mjs) writes the lists into the pages' meta tags.
//! - Turns the English catalogue (`locales/en.json`) into the `Key` enum and the English table, so
//!   a key the code names but the catalogue lacks is a compile error; checks every other locale
//!   file against it (same keys and placeholders) and records each one's Subresource Integrity,
//!   which the panel fetches it with.

#[allow(dead_code)]
#[path = "src/i18n/check.rs"]
mod check;
#[allow(dead_code)]
#[path = "src/protocol/deployment.rs"]
mod deployment;
#[allow(dead_code)]
#[path = "src/model/web_url.rs"]
mod web_url;

use base64::Engine;
use serde_json::{Map, Value};
use sha2::Digest;
use std::fmt::Write;
use std::path::Path;

fn main() {
    check_deployment();
    if let Err(problem) = generate_catalogue() {
        println!("cargo::error={problem}");
    }
}

fn check_deployment() {
    println!("cargo::rerun-if-env-changed=ACP_HOST_ORIGINS");
    println!("cargo::rerun-if-env-changed=ACP_ENDPOINTS");
    println!("cargo::rerun-if-changed=src/protocol/deployment.rs");
    println!("cargo::rerun-if-changed=src/model/web_url.rs");
    let origins = std::env::var("ACP_HOST_ORIGINS").unwrap_or_default();
    let endpoints = std::env::var("ACP_ENDPOINTS").unwrap_or_default();
    if let Err(problem) = deployment::Deployment::parse(&origins, &endpoints) {
        let variable = match problem.list {
            deployment::HOST_ORIGINS => "ACP_HOST_ORIGINS",
            _ => "ACP_ENDPOINTS",
        };
        println!("cargo::error={variable} is not a valid list: {problem}");
    }
}

/// `field.name.label` → `FieldNameLabel`.
fn variant(key: &str) -> String {
    key.split('.')
        .map(|part| {
            let mut chars = part.chars();
            chars
                .next()
                .map(|first| first.to_ascii_uppercase().to_string() + chars.as_str())
                .unwrap_or_default()
        })
        .collect()
}

fn read_json(path: &Path) -> Result<Value, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}

fn entry(value: &Value) -> String {
    match value {
        Value::Object(forms) => {
            let forms: Vec<String> = forms
                .iter()
                .map(|(category, text)| {
                    format!("({category:?}, {:?})", text.as_str().unwrap_or(""))
                })
                .collect();
            format!("Entry::Plural(&[{}])", forms.join(", "))
        }
        other => format!("Entry::Text({:?})", other.as_str().unwrap_or("")),
    }
}

fn generate_catalogue() -> Result<(), String> {
    println!("cargo::rerun-if-changed=locales");
    println!("cargo::rerun-if-changed=src/i18n/check.rs");
    let dir = Path::new("locales");
    let english = read_json(&dir.join("en.json"))?;
    let english: Map<String, Value> = english
        .as_object()
        .cloned()
        .ok_or("locales/en.json is not a JSON object")?;
    let problems = check::check_locale(&english, &Value::Object(english.clone()), false);
    if !problems.is_empty() {
        return Err(format!("locales/en.json: {}", problems.join("; ")));
    }

    let mut tags: Vec<String> = std::fs::read_dir(dir)
        .map_err(|e| format!("locales: {e}"))?
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter_map(|name| name.strip_suffix(".json").map(str::to_string))
        .filter(|tag| tag != "en")
        .collect();
    tags.sort();
    let mut shipped = String::new();
    for tag in &tags {
        let path = dir.join(format!("{tag}.json"));
        let bytes = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let base = check::overlay_base(tag).filter(|base| tags.iter().any(|t| t == base));
        let problems = check::check_locale(&english, &read_json(&path)?, base.is_some());
        if !problems.is_empty() {
            return Err(format!("locales/{tag}.json: {}", problems.join("; ")));
        }
        let digest = sha2::Sha384::digest(&bytes);
        let integrity = base64::engine::general_purpose::STANDARD.encode(digest);
        writeln!(
            shipped,
            "    Shipped {{ tag: {tag:?}, integrity: \"sha384-{integrity}\", base: {base:?} }},"
        )
        .ok();
    }

    let mut out = String::new();
    out.push_str("/// A key of the catalogue: one per message of `locales/en.json`.\n");
    out.push_str(
        "#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]\n#[repr(u16)]\npub enum Key {\n",
    );
    let mut seen = std::collections::BTreeSet::new();
    for key in english.keys() {
        let name = variant(key);
        if !seen.insert(name.clone()) {
            return Err(format!("locales/en.json: two keys make the name {name}"));
        }
        writeln!(out, "    /// {key}\n    {name},").ok();
    }
    out.push_str("}\n\nimpl Key {\n");
    let n = english.len();
    writeln!(out, "    pub const ALL: [Key; {n}] = [").ok();
    for key in english.keys() {
        writeln!(out, "        Key::{},", variant(key)).ok();
    }
    out.push_str("    ];\n");
    writeln!(out, "    pub const NAMES: [&'static str; {n}] = [").ok();
    for key in english.keys() {
        writeln!(out, "        {key:?},").ok();
    }
    out.push_str("    ];\n}\n\n");
    writeln!(out, "pub static ENGLISH: [Entry<'static>; {n}] = [").ok();
    for value in english.values() {
        writeln!(out, "    {},", entry(value)).ok();
    }
    out.push_str("];\n\n");
    writeln!(
        out,
        "pub static SHIPPED: [Shipped; {}] = [\n{shipped}];",
        tags.len()
    )
    .ok();
    let target =
        Path::new(&std::env::var("OUT_DIR").map_err(|e| e.to_string())?).join("catalogue.rs");
    std::fs::write(&target, out).map_err(|e| format!("{}: {e}", target.display()))
}
