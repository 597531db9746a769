use std::rc::Rc;

#[derive(Debug)]
struct Config {
    theme: String,
    font_size: u8,
}

fn main() {
    let shared = Rc::new(Config {
        theme: String::from("solarized"),
        font_size: 14,
    });
    let editor_cfg = Rc::clone(&shared);

    let owned: Config = *editor_cfg;
    println!("theme {} at {}pt", owned.theme, owned.font_size);
    println!("refs: {}", Rc::strong_count(&shared));
}
