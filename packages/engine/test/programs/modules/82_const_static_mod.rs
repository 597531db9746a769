mod config {
    pub const MAX_USERS: usize = 3;
    pub static GREETING: &str = "welcome";
    pub mod limits {
        pub const TIMEOUT: u64 = super::BASE * 2;
    }
    const BASE: u64 = 15;
}
use config::limits::TIMEOUT;
fn main() {
    let users: Vec<String> = (1..=config::MAX_USERS).map(|i| format!("user{}", i)).collect();
    println!("{} {:?} timeout={}", config::GREETING, users, TIMEOUT);
}
