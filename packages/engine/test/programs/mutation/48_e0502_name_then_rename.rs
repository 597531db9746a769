struct User {
    name: String,
    logins: u32,
}

impl User {
    fn rename(&mut self, new_name: &str) {
        self.name = new_name.to_string();
    }
}

fn main() {
    let mut u = User { name: String::from("jdoe"), logins: 3 };
    let old = &u.name;
    u.rename("john.doe");
    println!("renamed {} -> {} ({} logins)", old, u.name, u.logins);
}
