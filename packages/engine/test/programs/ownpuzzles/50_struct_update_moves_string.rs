// Puzzle: struct update syntax again, this time keeping the theme.
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

    let bigger = Settings {
        font_size: 18,
        ..base
    };

    println!("{:?}", bigger);
    println!("{:?}", base);
}
