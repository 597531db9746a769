// Puzzle: struct update syntax. Is `base` still usable afterwards?
#[derive(Debug)]
struct Settings {
    theme: String,
    font_size: u32,
    verbose: bool,
}

fn main() {
    let base = Settings {
        theme: String::from("light"),
        font_size: 12,
        verbose: false,
    };

    // Only font_size and verbose come from `base`, and both are Copy.
    let custom = Settings {
        theme: String::from("dark"),
        ..base
    };

    println!("{:?}", base);
    println!("{:?}", custom);
}
