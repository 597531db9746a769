mod english {
    pub fn greet() -> String {
        String::from("Hello")
    }
    pub struct Word(pub String);
}
mod french {
    pub fn greet() -> String {
        String::from("Bonjour")
    }
    #[derive(Debug)]
    pub struct Word(pub String);
    pub mod formal {
        pub fn greet() -> String {
            format!("{}, madame", super::greet())
        }
    }
}
use french::formal;
fn greet() -> String {
    String::from("Hi")
}
fn main() {
    println!("{} / {} / {} / {}", english::greet(), french::greet(), formal::greet(), greet());
    let w = french::Word(String::from("chat"));
    let e = english::Word(String::from("cat"));
    println!("{:?} {}", w, e.0);
}
