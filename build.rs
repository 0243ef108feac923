//! Converts the built-in glossaries (`rules/*.toml`) to JSON at build time: the binary embeds
//! JSON, which parses several times faster than TOML, and start-up time is what a pre-commit
//! hook on one file pays for.

use std::path::Path;

fn main() {
    let out = std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR");
    println!("cargo::rerun-if-changed=rules");
    for entry in std::fs::read_dir("rules").expect("rules/ exists") {
        let path = entry.expect("readable rules/").path();
        if path.extension().is_none_or(|e| e != "toml") {
            continue;
        }
        println!("cargo::rerun-if-changed={}", path.display());
        let text = std::fs::read_to_string(&path).expect("readable glossary");
        // A broken built-in glossary is reported with its place by the tests; here it only
        // must not stop the build, so it is embedded as an error marker.
        let value = match toml::from_str::<toml::Value>(&text) {
            Ok(value) => serde_json::to_value(&value).expect("TOML values are JSON values"),
            Err(err) => serde_json::json!({ "error": err.to_string() }),
        };
        let name = path.file_stem().expect("a file name");
        let target = Path::new(&out).join(name).with_extension("json");
        std::fs::write(target, value.to_string()).expect("writable OUT_DIR");
        // Linting needs neither the examples nor the definitions: a leaner copy loads faster.
        let lean = Path::new(&out).join(format!("{}.lean.json", name.to_string_lossy()));
        std::fs::write(lean, without_docs(value).to_string()).expect("writable OUT_DIR");
    }
}

/// The glossary without `examples` and `definition` in any rule table.
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
            }
        }
    }
    value
}
