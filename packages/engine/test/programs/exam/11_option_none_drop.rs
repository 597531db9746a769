struct Session {
    user: &'static str,
}

impl Drop for Session {
    fn drop(&mut self) {
        println!("session of {} ended", self.user);
    }
}

fn main() {
    let mut current: Option<Session> = Some(Session { user: "ana" });
    println!("logged in");
    current = Some(Session { user: "ben" });
    println!("switched user");
    current = None;
    println!("logged out: {}", current.is_none());
    let mut s = Session { user: "cy" };
    s = Session { user: "dee" };
    println!("now {}", s.user);
}
