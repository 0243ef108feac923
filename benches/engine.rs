//! Throughput of the two hot stages, the Markdown extractor and the matcher, on named inputs.
//! Run with `cargo bench`; divan reports bytes per second.

use divan::counter::BytesCount;
use divan::{Bencher, black_box};
use termlint::glossary::Glossary;
use termlint::matcher::Matcher;
use termlint::source::{self, FileKind};

fn main() {
    divan::main();
}

/// Named inputs: generated text, so the numbers do not depend on a corpus being present.
fn input(name: &str) -> String {
    let prose = "Each request carries a session token that your backend verifies. \
                 Users sign in to your application and manage their organization membership. \
                 A webhook fires when a user is created, and the Clerk Dashboard shows the event.\n";
    let terms = "Set up a web hook and read the session cookie. The Clerk dashboard lets you \
                 customise the sign in page, whitelist domains and enable multifactor auth.\n";
    let code = "```ts\nconst webHook = await clerk.users.getUser(userId); // session cookie\n```\n";
    let repeat = |s: &str, n: usize| s.repeat(n);
    match name {
        "empty" => String::new(),
        "one_term" => "Set up a web hook.\n".to_string(),
        "prose" => repeat(&format!("{prose}\n"), 2000),
        "dense_terms" => repeat(&format!("{terms}\n"), 2000),
        "code" => repeat(&format!("{code}\n{prose}\n"), 1000),
        _ => unreachable!("unknown input {name}"),
    }
}

const INPUTS: &[&str] = &["empty", "one_term", "prose", "dense_terms", "code"];

#[divan::bench(args = INPUTS)]
fn extract_markdown(bencher: Bencher, name: &str) {
    let text = input(name);
    bencher
        .counter(BytesCount::of_str(&text))
        .bench(|| source::extract(FileKind::Markdown, black_box(&text)));
}

#[divan::bench(args = INPUTS)]
fn lint_markdown(bencher: Bencher, name: &str) {
    let text = input(name);
    let matcher = Matcher::new(&Glossary::builtin(&["clerk"]).expect("built-in glossary"));
    bencher
        .counter(BytesCount::of_str(&text))
        .bench(|| termlint::lint(&matcher, FileKind::Markdown, black_box(&text)));
}

/// An MDX page as docs sites write it: ESM, components with nested prose, a fenced example.
fn mdx_page() -> String {
    let page = "import { Tabs } from '@/components'\n\n# Webhooks\n\n<Tabs items={['Next.js', 'Remix']}>\n  <Tab>\n    Each request carries a session token that your backend verifies {props.x}.\n\n    ```tsx {{ filename: 'app/page.tsx' }}\n    export default function Page() { return <div /> }\n    ```\n  </Tab>\n</Tabs>\n\nSet up a web hook in the Clerk dashboard, then sign in to your app.\n\n";
    page.repeat(1500)
}

/// TypeScript with JSDoc, line comments, strings, template literals and regex literals.
fn typescript_file() -> String {
    let unit = "/**\n * Verifies the session token. Set up a web hook in the Clerk dashboard.\n * @param token - the `__session` cookie value\n */\nexport function verify(token: string): boolean {\n  // customise the check here\n  const re = /web hook/g; const s = `user ${token} created`;\n  return re.test(s) && token !== 'web hook';\n}\n\n";
    unit.repeat(2500)
}

#[divan::bench]
fn extract_mdx(bencher: Bencher) {
    let text = mdx_page();
    bencher
        .counter(BytesCount::of_str(&text))
        .bench(|| source::extract(FileKind::Mdx, black_box(&text)));
}

#[divan::bench]
fn extract_typescript_comments(bencher: Bencher) {
    let text = typescript_file();
    let kind = FileKind::from_path(std::path::Path::new("a.ts")).expect("TypeScript is known");
    bencher
        .counter(BytesCount::of_str(&text))
        .bench(|| source::extract(kind, black_box(&text)));
}

#[divan::bench]
fn build_matcher(bencher: Bencher) {
    let glossary = Glossary::builtin(&["clerk"]).expect("built-in glossary");
    bencher.bench(|| Matcher::new(black_box(&glossary)));
}

#[divan::bench]
fn load_builtin_glossary() -> Glossary {
    Glossary::builtin(&["clerk"]).expect("built-in glossary")
}

#[divan::bench]
fn glossary_patterns(bencher: Bencher) {
    let glossary = Glossary::builtin(&["clerk"]).expect("built-in glossary");
    bencher.bench(|| black_box(&glossary).patterns());
}
