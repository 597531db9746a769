mod company {
    pub fn motto() -> &'static str {
        "ship it"
    }

    pub mod engineering {
        pub fn budget() -> u32 {
            250_000
        }

        pub mod backend {
            pub fn team_report() -> String {
                format!(
                    "backend: budget share {} of {}, motto '{}'",
                    super::budget() / 4,
                    super::budget(),
                    super::super::motto()
                )
            }

            pub mod database {
                pub fn oncall() -> String {
                    let top = super::super::super::motto();
                    format!("dba on call ({}), parent says: {}", top, super::team_report())
                }
            }
        }
    }
}

fn main() {
    println!("{}", company::engineering::backend::team_report());
    println!("{}", company::engineering::backend::database::oncall());
    println!("{}", crate::company::motto());
}
