// A typo in a `use` path.
mod bank {
    pub struct Account {
        pub holder: String,
        pub cents: u64,
    }

    impl Account {
        pub fn dollars(&self) -> String {
            format!("${}.{:02}", self.cents / 100, self.cents % 100)
        }
    }
}

use bank::Acount;

fn main() {
    let a = Account { holder: String::from("Jun"), cents: 12345 };
    println!("{}: {}", a.holder, a.dollars());
}
