//! Converts the built-in glossaries (`rules/*.toml`) to JSON at build time: the binary embeds
//! JSON, which parses several times faster than TOML, and start-up time is what a pre-commit
//! hook on one file pays for.

use std::path::Path;

fn main() {
    let out = std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR");
    println!("cargo::rerun-if-changed=rules");
    let mut paths: Vec<_> = std::fs::read_dir("rules")
        .expect("rules/ exists")
        .map(|entry| entry.expect("readable rules/").path())
        .filter(|path| path.extension().is_some_and(|e| e == "toml"))
        .collect();
    // The default profile first, then by name, so the version text does not depend on the
    // directory's order.
    paths.sort_by_key(|path| (!path.ends_with("clerk.toml"), path.clone()));
    let mut summary = Vec::new();
    for path in paths {
        println!("cargo::rerun-if-changed={}", path.display());
        let text = std::fs::read_to_string(&path).expect("readable glossary");
        // A broken built-in glossary is reported with its place by the tests; here it only
        // must not stop the build, so it is embedded as an error marker.
        let value = match toml::from_str::<toml::Value>(&text) {
            Ok(value) => serde_json::to_value(&value).expect("TOML values are JSON values"),
            Err(err) => serde_json::json!({ "error": err.to_string() }),
        };
        let name = path.file_stem().expect("a file name");
        summary.push(glossary_summary(&name.to_string_lossy(), &text, &value));
        let target = Path::new(&out).join(name).with_extension("json");
        std::fs::write(target, value.to_string()).expect("writable OUT_DIR");
        // Linting needs neither the examples nor the definitions: a leaner copy loads faster.
        let lean = Path::new(&out).join(format!("{}.lean.json", name.to_string_lossy()));
        std::fs::write(lean, without_docs(value).to_string()).expect("writable OUT_DIR");
    }
    let version = format!(
        "{}\n{}",
        std::env::var("CARGO_PKG_VERSION").expect("cargo sets the version"),
        summary.join("\n")
    );
    std::fs::write(Path::new(&out).join("version.txt"), version).expect("writable OUT_DIR");
}

/// One line of `termlint --version`: the glossary's name, its revision (a hash of its text, so
/// any change to the rules shows) and its rule counts.
fn glossary_summary(name: &str, text: &str, value: &serde_json::Value) -> String {
    let count = |table: &str| {
        value
            .get(table)
            .and_then(|v| v.as_array())
            .map_or(0, Vec::len)
    };
    // FNV-1a: stable across Rust versions and platforms, unlike the std hasher.
    // Carriage returns are left out, so a Windows checkout reports the same revision.
    let hash = text
        .bytes()
        .filter(|&b| b != b'\r')
        .fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
        });
    let plural =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    format!(
        "glossary {name} {:08x}: {}, {}, {}",
        hash >> 32,
        plural(count("term"), "term", "terms"),
        plural(
            count("consistency"),
            "consistency group",
            "consistency groups"
        ),
        plural(count("events"), "event catalog", "event catalogs"),
    )
}

/// The glossary without `examples`, `definition` and `why` in any rule table.
fn without_docs(mut value: serde_json::Value) -> serde_json::Value {
    if let Some(tables) = value.as_object_mut() {
        for rules in tables
            .values_mut()
            .filter_map(serde_json::Value::as_array_mut)
        {
            for rule in rules
                .iter_mut()
                .filter_map(serde_json::Value::as_object_mut)
            {
                rule.remove("examples");
                rule.remove("definition");
                rule.remove("why");
            }
        }
    }
    value
}
