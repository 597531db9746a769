fn classify(file: &str) -> &str {
    if file.ends_with(".rs") {
        "rust source"
    } else if file.ends_with(".toml") {
        "config"
    } else if file.starts_with('.') {
        "hidden"
    } else {
        "other"
    }
}

fn main() {
    for f in ["main.rs", "Cargo.toml", ".gitignore", "README"] {
        println!("{:<12} {}", f, classify(f));
    }

    let commands = ["/join rust", "/nick ferris", "hello there", "/quit"];
    for cmd in commands {
        match cmd.strip_prefix('/') {
            Some(rest) => println!("command: {:?}", rest),
            None => println!("message: {:?}", cmd),
        }
    }

    let file = "photo.jpeg";
    let stem = file.strip_suffix(".jpeg").unwrap_or(file);
    println!("stem = {}", stem);
    println!("{:?}", "photo.png".strip_suffix(".jpeg"));
}
