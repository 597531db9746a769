// Exercise: why does this not compile?
struct Session {
    user: String,
}

impl Drop for Session {
    fn drop(&mut self) {
        println!("logout {}", self.user);
    }
}

fn main() {
    let s = Session { user: String::from("kim") };
    println!("logged in as {}", s.user);
    drop(s);
    println!("goodbye {}", s.user);
}
