fn extension(filename: &str) -> Option<&str> {
    let dot = filename.rfind('.')?;
    Some(&filename[dot + 1..])
}

fn strip_prefix_or_self<'a>(s: &'a str, prefix: &str) -> &'a str {
    s.strip_prefix(prefix).unwrap_or(s)
}

fn split_name(full: &str) -> (&str, &str) {
    match full.find(' ') {
        Some(i) => (&full[..i], &full[i + 1..]),
        None => (full, ""),
    }
}

fn main() {
    for f in ["main.rs", "archive.tar.gz", "Makefile"] {
        println!("{:<16} ext={:?}", f, extension(f));
    }
    let url = String::from("https://doc.rust-lang.org");
    println!("{}", strip_prefix_or_self(&url, "https://"));
    println!("{}", strip_prefix_or_self(&url, "ftp://"));

    let (first, last) = split_name("Grace Hopper");
    println!("first={} last={}", first, last);
    let (only, rest) = split_name("Plato");
    println!("first={} last={:?}", only, rest);
}
