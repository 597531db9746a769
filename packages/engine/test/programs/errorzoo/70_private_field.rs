// Quiz: a private field cannot be read from outside its module.
mod bank {
    pub struct Vault {
        code: u32,
        pub label: String,
    }

    impl Vault {
        pub fn new(label: &str) -> Vault {
            Vault { code: 1234, label: label.to_string() }
        }

        pub fn check(&self, guess: u32) -> bool {
            self.code == guess
        }
    }
}

fn main() {
    let v = bank::Vault::new("main");
    println!("{} {}", v.label, v.check(1111));
    println!("code is {}", v.code);
}
