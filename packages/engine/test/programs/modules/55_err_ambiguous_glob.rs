// expected: E0659 `greet` is ambiguous (two glob imports both provide it)
mod english {
    pub fn greet() -> &'static str {
        "Hello"
    }
    pub fn thanks() -> &'static str {
        "Thank you"
    }
}

mod german {
    pub fn greet() -> &'static str {
        "Hallo"
    }
    pub fn danke() -> &'static str {
        "Danke"
    }
}

use english::*;
use german::*;

fn main() {
    println!("{} / {}", thanks(), danke());
    println!("{}", greet());
}
