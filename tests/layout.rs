//! The source layout stays readable: no file imports one that imports it
//! back (directly or around a loop), the pure core never reaches the
//! interface, and the interface's lower layers (state, browser glue,
//! widgets, words) never reach a screen or the router above them.
//!
//! Reads every `.rs` file under `src/`, resolves `use crate::…`,
//! `use super::…`, `use self::…`, inline `crate::a::b::` / `super::x::`
//! paths and a `mod.rs`'s paths into its own submodules to the file
//! that defines them, and checks the graph of files. A folder's `mod.rs`
//! that only declares its submodules adds no arrow; `#[cfg(test)] mod
//! tests` at the end of a file is left out (it only looks at its own file).

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// A module path (`["ui", "state", "keep"]`) → the file that defines it.
type Modules = BTreeMap<Vec<String>, String>;

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The module a file under `src/` defines: `lib.rs` the root, `a/mod.rs`
/// and `a.rs` the module `a`. `main.rs` is the binary and is left out.
fn module_of(relative: &str) -> Option<Vec<String>> {
    let stem = relative.strip_suffix(".rs")?;
    if stem == "main" {
        return None;
    }
    if stem == "lib" {
        return Some(Vec::new());
    }
    let mut parts: Vec<String> = stem.split('/').map(String::from).collect();
    if parts.last().is_some_and(|p| p == "mod") {
        parts.pop();
    }
    Some(parts)
}

/// The code of a file without line comments and without its test module.
fn code_of(text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = String::new();
    for (i, line) in lines.iter().enumerate() {
        let trimmed = line.trim_start();
        if trimmed == "#[cfg(test)]" && lines.get(i + 1).is_some_and(|next| next.trim_start().starts_with("mod ")) {
            break;
        }
        if trimmed.starts_with("//") {
            continue;
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// Splits at top-level commas (outside braces).
fn split_top(s: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut depth = 0usize;
    let mut start = 0;
    for (i, c) in s.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth = depth.saturating_sub(1),
            ',' if depth == 0 => {
                parts.push(&s[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&s[start..]);
    parts.into_iter().map(str::trim).filter(|p| !p.is_empty()).collect()
}

/// Expands a use tree (`a::{b, c::{self, D}}`) into its paths.
fn expand(prefix: &[String], tree: &str, out: &mut Vec<Vec<String>>) {
    let tree = tree.trim();
    let tree = tree.split(" as ").next().unwrap_or(tree).trim();
    if let Some(open) = tree.find('{') {
        let head = tree[..open].trim_end_matches("::");
        let inner = tree[open + 1..].trim_end().trim_end_matches('}');
        let mut base = prefix.to_vec();
        base.extend(head.split("::").filter(|s| !s.is_empty()).map(String::from));
        for part in split_top(inner) {
            expand(&base, part, out);
        }
        return;
    }
    let mut path = prefix.to_vec();
    for seg in tree.split("::") {
        if seg == "self" || seg == "*" || seg.is_empty() {
            continue;
        }
        path.push(seg.to_string());
    }
    out.push(path);
}

fn is_ident(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

/// Every path the code names (as written, before resolving).
fn paths_in(code: &str, children: &BTreeSet<String>) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    // `use` statements, braces and all.
    let mut rest = code;
    while let Some(at) = rest.find("use ") {
        let before_ok = at == 0 || !rest[..at].chars().next_back().is_some_and(is_ident);
        let after = &rest[at + 4..];
        if let (true, Some(end)) = (before_ok, after.find(';')) {
            expand(&[], &after[..end], &mut out);
        }
        rest = after;
    }
    // Inline paths: `crate::a::b`, `super::x`, `self::x`, `child::x`.
    let chars: Vec<char> = code.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let starts = chars[i].is_ascii_lowercase()
            && (i == 0 || !(is_ident(chars[i - 1]) || chars[i - 1] == ':' || chars[i - 1] == '$'));
        if !starts {
            i += 1;
            continue;
        }
        let mut segs = Vec::new();
        let mut j = i;
        loop {
            let s = j;
            while j < chars.len() && is_ident(chars[j]) {
                j += 1;
            }
            segs.push(chars[s..j].iter().collect::<String>());
            if j + 2 < chars.len() && chars[j] == ':' && chars[j + 1] == ':' && is_ident(chars[j + 2]) {
                j += 2;
            } else {
                break;
            }
        }
        let first = segs[0].as_str();
        if segs.len() > 1 && (first == "crate" || first == "super" || first == "self" || children.contains(first)) {
            out.push(segs);
        }
        i = j.max(i + 1);
    }
    out
}

/// The absolute module path a written path means in `module`.
fn absolute(module: &[String], path: &[String], children: &BTreeSet<String>) -> Option<Vec<String>> {
    let first = path.first()?.as_str();
    let mut base: Vec<String>;
    let mut rest = &path[1..];
    match first {
        "crate" => base = Vec::new(),
        "self" => base = module.to_vec(),
        "super" => {
            base = module.to_vec();
            base.pop()?;
            while rest.first().is_some_and(|s| s == "super") {
                base.pop()?;
                rest = &rest[1..];
            }
        }
        child if children.contains(child) => {
            base = module.to_vec();
            rest = path;
        }
        _ => return None,
    }
    base.extend(rest.iter().cloned());
    Some(base)
}

/// The file that defines the longest module prefix of `path`.
fn file_of<'m>(modules: &'m Modules, path: &[String]) -> Option<&'m String> {
    (1..=path.len()).rev().find_map(|n| modules.get(&path[..n]))
}

struct Graph {
    edges: BTreeMap<String, BTreeSet<String>>,
}

fn graph() -> Graph {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut modules = Modules::new();
    let mut texts = BTreeMap::new();
    for path in &files {
        let relative = path.strip_prefix(&src).unwrap().to_string_lossy().replace('\\', "/");
        let Some(module) = module_of(&relative) else { continue };
        let name = format!("src/{relative}");
        texts.insert(name.clone(), (module.clone(), fs::read_to_string(path).unwrap()));
        modules.insert(module, name);
    }
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (name, (module, text)) in &texts {
        let children: BTreeSet<String> = modules
            .keys()
            .filter(|m| m.len() == module.len() + 1 && m.starts_with(module))
            .filter_map(|m| m.last().cloned())
            .collect();
        let out = edges.entry(name.clone()).or_default();
        for path in paths_in(&code_of(text), &children) {
            let Some(abs) = absolute(module, &path, &children) else { continue };
            if let Some(target) = file_of(&modules, &abs) {
                // The crate root only declares modules; a path through it names nothing there.
                if target != name && target != "src/lib.rs" {
                    out.insert(target.clone());
                }
            }
        }
    }
    Graph { edges }
}

/// Strongly connected components with more than one file (Tarjan).
fn cycles(g: &Graph) -> Vec<Vec<String>> {
    struct State<'g> {
        g: &'g Graph,
        index: BTreeMap<&'g str, usize>,
        low: BTreeMap<&'g str, usize>,
        stack: Vec<&'g str>,
        on: BTreeSet<&'g str>,
        next: usize,
        out: Vec<Vec<String>>,
    }
    fn visit<'g>(s: &mut State<'g>, v: &'g str) {
        s.index.insert(v, s.next);
        s.low.insert(v, s.next);
        s.next += 1;
        s.stack.push(v);
        s.on.insert(v);
        if let Some(targets) = s.g.edges.get(v) {
            for w in targets {
                let w = w.as_str();
                if !s.index.contains_key(w) {
                    visit(s, w);
                    let low = s.low[v].min(s.low[w]);
                    s.low.insert(v, low);
                } else if s.on.contains(w) {
                    let low = s.low[v].min(s.index[w]);
                    s.low.insert(v, low);
                }
            }
        }
        if s.low[v] == s.index[v] {
            let mut component = Vec::new();
            while let Some(w) = s.stack.pop() {
                s.on.remove(w);
                component.push(w.to_string());
                if w == v {
                    break;
                }
            }
            if component.len() > 1 {
                component.sort();
                s.out.push(component);
            }
        }
    }
    let mut s = State {
        g,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on: BTreeSet::new(),
        next: 0,
        out: Vec::new(),
    };
    for v in g.edges.keys() {
        if !s.index.contains_key(v.as_str()) {
            visit(&mut s, v);
        }
    }
    s.out
}

#[test]
fn the_layout_is_read_at_all() {
    // Guards the test itself: if resolving broke, every other check would pass on nothing.
    let g = graph();
    let arrows = |from: &str, to: &str| g.edges.get(from).is_some_and(|t| t.contains(to));
    assert!(arrows("src/content/mod.rs", "src/text/lang.rs"), "content uses Text");
    assert!(arrows("src/ui/mod.rs", "src/ui/app.rs"), "ui boots the app through a child path");
    assert!(arrows("src/team/collection.rs", "src/team/groups.rs"), "super:: paths resolve");
    assert!(g.edges.len() > 80, "every file is read: {}", g.edges.len());
}

#[test]
fn no_file_imports_one_that_imports_it_back() {
    let g = graph();
    let found = cycles(&g);
    let mut report = String::new();
    for component in &found {
        report.push_str("cycle among:\n");
        for from in component {
            for to in g.edges.get(from).into_iter().flatten().filter(|t| component.contains(t)) {
                report.push_str(&format!("  {from} -> {to}\n"));
            }
        }
    }
    assert!(found.is_empty(), "{} import cycle(s):\n{report}", found.len());
}

#[test]
fn the_core_never_reaches_the_interface_nor_the_store_a_screen() {
    let g = graph();
    let lower = ["src/ui/state/", "src/ui/browser/", "src/ui/widgets/", "src/ui/i18n/"];
    let upper = ["src/ui/screens/", "src/ui/router.rs", "src/ui/app.rs"];
    let mut wrong = Vec::new();
    for (from, targets) in &g.edges {
        for to in targets {
            let core_to_ui = !from.starts_with("src/ui/") && to.starts_with("src/ui/");
            let store_to_screen = lower.iter().any(|l| from.starts_with(l)) && upper.iter().any(|u| to.starts_with(u));
            if core_to_ui || store_to_screen {
                wrong.push(format!("{from} -> {to}"));
            }
        }
    }
    assert!(wrong.is_empty(), "arrows the wrong way:\n{}", wrong.join("\n"));
}
