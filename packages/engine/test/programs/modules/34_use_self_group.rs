mod io_utils {
    pub mod text {
        pub fn shout(s: &str) -> String {
            s.to_uppercase() + "!"
        }
        pub fn whisper(s: &str) -> String {
            format!("({})", s.to_lowercase())
        }
    }
}

// `self` in a nested import brings the module itself into scope too.
use io_utils::text::{self, shout};

fn main() {
    let line = "Modules Are Neat";
    println!("{}", shout(line));
    println!("{}", text::whisper(line));
    println!("{}", text::shout("again"));
}
