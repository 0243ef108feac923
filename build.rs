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
        let json = match toml::from_str::<toml::Value>(&text) {
            Ok(value) => serde_json::to_string(&value).expect("TOML values are JSON values"),
            Err(err) => format!("{{\"error\": {:?}}}", err.to_string()),
        };
        let name = path.file_stem().expect("a file name");
        let target = Path::new(&out).join(name).with_extension("json");
        std::fs::write(target, json).expect("writable OUT_DIR");
    }
}
