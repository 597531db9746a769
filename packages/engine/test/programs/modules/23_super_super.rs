mod university {
    pub const NAME: &str = "Tech University";

    pub mod faculty {
        pub fn dean() -> &'static str {
            "Dr. Lovelace"
        }

        pub mod department {
            pub fn describe(dept: &str) -> String {
                format!(
                    "{} department, faculty led by {}, at {}",
                    dept,
                    super::dean(),
                    super::super::NAME
                )
            }

            pub fn address() -> String {
                format!("{} / {}", crate::CITY, super::super::NAME)
            }
        }
    }
}

const CITY: &str = "Springfield";

fn main() {
    println!("{}", university::faculty::department::describe("Computer Science"));
    println!("{}", university::faculty::department::describe("Mathematics"));
    println!("{}", university::faculty::department::address());
}
