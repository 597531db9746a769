// A static in a module, not marked pub.
mod settings {
    static VERSION: &str = "2.4.1";
    pub static APP: &str = "notes";

    pub fn banner() -> String {
        format!("{} v{}", APP, VERSION)
    }
}

fn main() {
    println!("{}", settings::banner());
    println!("app = {}", settings::APP);
    println!("version = {}", settings::VERSION);
}
