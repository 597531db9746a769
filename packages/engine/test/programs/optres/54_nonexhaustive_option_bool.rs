struct Settings {
    dark_mode: Option<bool>,
}

fn theme(s: &Settings) -> &'static str {
    match s.dark_mode {
        Some(true) => "dark",
        None => "system default",
    }
}

fn main() {
    let a = Settings { dark_mode: Some(true) };
    let b = Settings { dark_mode: None };
    println!("{} {}", theme(&a), theme(&b));
}
