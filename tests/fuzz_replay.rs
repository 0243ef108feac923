//! Replays every committed fuzz input through its target on stable: the regressions (every
//! crash a fuzzer found, minimized, and hand-made inputs for the fixed defects) and the
//! project's fixtures. The fuzz targets in `fuzz/` call the same functions.

use std::path::Path;

use termlint::fuzz::TARGETS;

fn files(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut found = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return found;
    };
    for entry in entries {
        let path = entry.unwrap().path();
        if path.is_dir() {
            found.extend(files(&path));
        } else {
            found.push(path);
        }
    }
    found.sort();
    found
}

#[test]
fn every_target_has_regressions_and_they_pass() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/regressions");
    for (name, target) in TARGETS {
        let inputs = files(&root.join(name));
        assert!(!inputs.is_empty(), "no regression inputs for {name}");
        for input in inputs {
            let data = std::fs::read(&input).unwrap();
            let outcome = std::panic::catch_unwind(|| target(&data));
            assert!(outcome.is_ok(), "{name} fails on {}", input.display());
        }
    }
}

/// The fixtures are the seeds the fuzzers start from: each passes the extraction targets (and
/// the fix engine, as Markdown or MDX).
#[test]
fn fixtures_pass_the_extraction_and_fix_targets() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let target = |name: &str| TARGETS.iter().find(|(n, _)| *n == name).unwrap().1;
    let mut replayed = 0;
    for path in files(&root) {
        let data = std::fs::read(&path).unwrap();
        let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
        match ext {
            "md" => {
                target("markdown")(&data);
                target("fix")(&[&[0u8][..], &data].concat());
            }
            "mdx" => {
                target("mdx")(&data);
                target("fix")(&[&[1u8][..], &data].concat());
            }
            _ => {
                // Every language of the table reads every fixture: the lexer meets code that is
                // not its own.
                for language in 0..=u8::MAX {
                    target("comments")(&[&[language][..], &data].concat());
                }
            }
        }
        replayed += 1;
    }
    assert!(replayed > 20, "only {replayed} fixtures");
}
