// Default and struct update syntax.
#[derive(Debug, Default)]
struct WindowConfig {
    title: String,
    width: u32,
    height: u32,
    resizable: bool,
    theme: Theme,
}

#[derive(Debug, Default, PartialEq)]
enum Theme {
    #[default]
    Light,
    Dark,
}

#[derive(Debug)]
struct Retry {
    attempts: u32,
    delay_ms: u64,
}

impl Default for Retry {
    fn default() -> Self {
        Retry { attempts: 3, delay_ms: 250 }
    }
}

fn main() {
    let plain = WindowConfig::default();
    println!("{:?}", plain);
    let editor = WindowConfig {
        title: "Editor".to_string(),
        width: 800,
        theme: Theme::Dark,
        ..Default::default()
    };
    println!("{:?}", editor);
    let r = Retry { attempts: 5, ..Retry::default() };
    println!("{:?}", r);
    println!("dark? {}", editor.theme == Theme::Dark);
}
