// Three levels deep: super::super reaches the grandparent.
mod company {
    pub const NAME: &str = "Acme Corp";

    pub mod dept {
        pub fn dept_label(d: &str) -> String {
            format!("{} / {}", super::NAME, d)
        }

        pub mod team {
            pub fn team_label(d: &str, t: &str) -> String {
                format!("{} / {}", super::dept_label(d), t)
            }

            pub fn badge(d: &str, t: &str, person: &str) -> String {
                format!("[{}] {} ({})", super::super::NAME, person, team_label(d, t))
            }
        }
    }
}

use company::dept::team;

fn main() {
    println!("{}", company::dept::dept_label("Engineering"));
    println!("{}", team::team_label("Engineering", "Compilers"));
    println!("{}", team::badge("Sales", "EMEA", "Ingrid"));
}
