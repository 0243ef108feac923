//! `termlint discover`: families of competing spellings, by kind, with the traps that only look
//! like families; and the round trip from its TOML to `check`.

use std::collections::BTreeSet;
use std::path::Path;
use std::process::{Command, Output};

use serde_json::Value;

fn termlint(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_termlint"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("termlint runs")
}

/// A tree with one file per text, named `doc0.md`, `doc1.md`…
fn tree(texts: &[&str]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("docs")).unwrap();
    for (i, text) in texts.iter().enumerate() {
        std::fs::write(dir.path().join(format!("docs/doc{i}.md")), text).unwrap();
    }
    dir
}

fn discover_json(dir: &Path, min_count: &str) -> Value {
    let output = termlint(
        dir,
        &[
            "discover",
            "--isolated",
            "docs",
            "--min-count",
            min_count,
            "--format",
            "json",
        ],
    );
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    serde_json::from_slice(&output.stdout).expect("JSON")
}

/// Each family as `kind: form / form` with its forms sorted, and whether a rule covers it.
fn families(json: &Value) -> Vec<(String, bool)> {
    json["families"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let mut forms: Vec<&str> = f["forms"]
                .as_array()
                .unwrap()
                .iter()
                .map(|f| f["text"].as_str().unwrap())
                .collect();
            forms.sort();
            let name = format!("{}: {}", f["kind"].as_str().unwrap(), forms.join(" / "));
            (name, !f["covered_by"].is_null())
        })
        .collect()
}

/// (case, documents, families expected, families that must not appear)
type Case = (
    &'static str,
    &'static [&'static str],
    &'static [&'static str],
    &'static [&'static str],
);

#[test]
fn families_by_kind_and_the_traps_that_are_not_families() {
    let cases: &[Case] = &[
        (
            "spacing: closed, spaced and hyphenated",
            &[
                "Mount the filesystem first. Every filesystem has a root.\n",
                "A file system can fail, and a file-system check repairs it.\n",
            ],
            &["spacing: file system / file-system / filesystem"],
            &[],
        ),
        (
            "spacing: function words make grammar, not a spelling",
            &[
                "We may be late. Maybe not. It went away, a way we knew. Go into it, log in to it.\n",
                "You may be right; maybe so. Away we go. Every day is an everyday task.\n",
            ],
            &[],
            &[
                "spacing: may be / maybe",
                "spacing: a way / away",
                "spacing: every day / everyday",
            ],
        ),
        (
            "spacing: code identifiers are not words",
            &[
                "Call `fileSystem.read()` or fileSystem.read() or file_system or FileSystem.\n",
                "The file system is mounted. The file system is read.\n",
            ],
            &[],
            &[
                "spacing: file system / filesystem",
                "spacing: file system / file_system",
            ],
        ),
        (
            "spacing: a verb and a noun split by their neighbours",
            &[
                "To check out the code, you can check out the branch. Then check out the tag.\n",
                "The checkout page loads. Pay at the checkout. Your checkout is saved.\n",
            ],
            &["spacing: check out / checkout"],
            &[],
        ),
        (
            "case: a name spelled two ways, mid-sentence",
            &[
                "Push the code to GitHub and open GitHub Actions. We like GitHub.\n",
                "Then push it to Github again.\n",
            ],
            &["case: GitHub / Github"],
            &[],
        ),
        (
            "case: a two-word name",
            &[
                "Open the Clerk Dashboard. In the Clerk Dashboard, pick an app.\n",
                "Go to the Clerk dashboard and select it.\n",
            ],
            &["case: Clerk Dashboard / Clerk dashboard"],
            &[],
        ),
        (
            "case: capitals of a sentence, a heading, a title-case name or all capitals",
            &[
                "# Account Settings\n\nAccount data is kept. Your account is safe.\n",
                "Open your Personal Account. The account is yours. You SHOULD do it. You should.\n",
            ],
            &[],
            &["case: Account / account", "case: SHOULD / should"],
        ),
        (
            "spacing: a Title Case name keeps its own spacing",
            &[
                "Read the Role Based Access Control guide. We like Role Based Access Control.\n",
                "Use role-based checks. A role-based rule is strict.\n",
            ],
            &[],
            &["spacing: Role Based / role-based"],
        ),
        (
            "spelling: British and American",
            &[
                "Browse the catalogue. The catalogue lists all.\n",
                "Browse the catalog. Customise it, then customize it.\n",
            ],
            &[
                "spelling: catalog / catalogue",
                "spelling: customise / customize",
            ],
            &[],
        ),
        (
            "spelling: words that only look alike",
            &[
                "The desert is dry. The dessert is sweet. A desert, a dessert.\n",
                "Four of them for you. The cup was filled; the form was filed. Call it, then install it.\n",
            ],
            &[],
            &[
                "spelling: desert / dessert",
                "spelling: for / four",
                "spelling: filed / filled",
            ],
        ),
    ];
    for (name, docs, expected, forbidden) in cases {
        let dir = tree(docs);
        let found: Vec<String> = families(&discover_json(dir.path(), "2"))
            .into_iter()
            .map(|(f, _)| f)
            .collect();
        for family in *expected {
            assert!(
                found.iter().any(|f| f == family),
                "{name}: no `{family}` in {found:?}"
            );
        }
        for family in *forbidden {
            assert!(
                !found.iter().any(|f| f == family),
                "{name}: `{family}` in {found:?}"
            );
        }
        // A trap case has no family at all, not even one the table did not think of.
        if expected.is_empty() {
            assert!(found.is_empty(), "{name}: {found:?}");
        }
    }
}

#[test]
fn a_part_of_speech_split_is_said_and_the_glossary_covers_its_own_terms() {
    let dir = tree(&[
        "Run the code on the client side. It runs on the client side.\n",
        "Use client-side rendering. The client-side code is small. A client-side check.\n",
        "Create a web hook. The webhook fires. Each webhook is signed.\n",
    ]);
    let json = discover_json(dir.path(), "2");
    let client = json["families"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["key"] == "clientside")
        .expect("the client-side family");
    let note = client["split"].as_str().expect("a part-of-speech note");
    assert!(
        note.contains("\"client-side\" mostly precedes a noun"),
        "{note}"
    );
    assert!(note.contains("Both may be right"), "{note}");
    // The built-in glossary's webhook rule covers that family: listed apart, with its id.
    let webhook = json["families"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["key"] == "webhook")
        .expect("the webhook family");
    assert_eq!(webhook["covered_by"], "webhook");
    // Examples carry exact positions: byte spans into the file and line:column.
    let form = &client["forms"][0];
    let example = &form["examples"][0];
    let path = dir.path().join(example["path"].as_str().unwrap());
    let text = std::fs::read_to_string(path).unwrap();
    let (start, end) = (
        example["start"].as_u64().unwrap() as usize,
        example["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&text[start..end], form["text"].as_str().unwrap());
}

#[test]
fn min_count_leaves_out_rare_families_and_every_format_is_produced() {
    let dir = tree(&[
        "The filesystem. The filesystem. A file system.\n",
        "Use GitHub and GitHub and Github.\n",
    ]);
    let all = families(&discover_json(dir.path(), "2"));
    assert_eq!(all.len(), 2, "{all:?}");
    let some = families(&discover_json(dir.path(), "4"));
    assert!(some.is_empty(), "{some:?}");
    for (format, marker) in [
        (
            "text",
            "1. filesystem / file system  (spacing: 3 uses in 1 file)",
        ),
        ("markdown", "# Terms spelled more than one way"),
        ("toml", "[[term]]"),
    ] {
        let output = termlint(
            dir.path(),
            &[
                "discover",
                "--isolated",
                "docs",
                "--min-count",
                "2",
                "--format",
                format,
            ],
        );
        let text = String::from_utf8(output.stdout).unwrap();
        assert!(text.contains(marker), "{format}: {text}");
    }
}

/// The TOML proposal as a glossary: `check` flags exactly the minority forms, each where
/// `discover` saw it, and nothing for split or covered families.
#[test]
fn the_proposed_glossary_flags_exactly_the_minority_forms() {
    let dir = tree(&[
        "# Setup\n\nMount the filesystem first. The filesystem is read-only.\nA file system can fail.\n",
        "Each filesystem has a root. Read the SemVer spec: SemVer ranges are strict.\n\nWe use Semver here.\n",
        "Visit the theatre. The theatre is open. Visit the theatre.\n\nThe theater is old.\n",
        "To check out the code, you can check out the branch. The checkout page loads.\nAt the checkout, pay. Your checkout is saved.\n",
        "Create a web hook. The webhook fires.\n",
    ]);
    let json = discover_json(dir.path(), "2");
    let output = termlint(
        dir.path(),
        &[
            "discover",
            "--isolated",
            "docs",
            "--min-count",
            "2",
            "--format",
            "toml",
        ],
    );
    let proposed = String::from_utf8(output.stdout).unwrap();
    std::fs::write(dir.path().join("proposed.toml"), &proposed).unwrap();
    std::fs::write(
        dir.path().join("termlint.toml"),
        "profiles = []\nglossaries = [\"proposed.toml\"]\n",
    )
    .unwrap();

    // Where discover saw the minority forms of the proposed (uncovered, unsplit) families.
    let mut expected = BTreeSet::new();
    for family in json["families"].as_array().unwrap() {
        if !family["covered_by"].is_null() || !family["split"].is_null() {
            continue;
        }
        for form in &family["forms"].as_array().unwrap()[1..] {
            assert!(
                form["count"].as_u64().unwrap() <= 3,
                "all places are in the examples"
            );
            for example in form["examples"].as_array().unwrap() {
                expected.insert(format!(
                    "{}:{}:{}",
                    example["path"].as_str().unwrap(),
                    example["line"],
                    example["column"]
                ));
            }
        }
    }
    assert_eq!(
        expected.len(),
        3,
        "filesystem, SemVer, theatre: {expected:?}\n{proposed}"
    );

    let check = termlint(dir.path(), &["check", "docs", "--format", "json"]);
    assert_eq!(check.status.code(), Some(1), "{check:?}");
    // The JSON report is a flat array of findings.
    let report: Value = serde_json::from_slice(&check.stdout).unwrap();
    let mut flagged = BTreeSet::new();
    for finding in report.as_array().unwrap() {
        flagged.insert(format!(
            "{}:{}:{}",
            finding["path"].as_str().unwrap(),
            finding["line"],
            finding["column"]
        ));
        let rule = finding["rule"].as_str().unwrap();
        assert!(
            ["-case", "-spacing", "-spelling"]
                .iter()
                .any(|k| rule.ends_with(k)),
            "{rule}"
        );
    }
    assert_eq!(flagged, expected, "{proposed}");
    // The split family is proposed commented out, for a reviewer.
    assert!(proposed.contains("# [[term]]"), "{proposed}");
}
