struct Session {
    user: Option<String>,
}

fn main() {
    let sessions = vec![
        Session { user: Some(String::from("marta")) },
        Session { user: None },
    ];
    for s in sessions {
        let name: String = s.user.unwrap_or("guest");
        println!("hello, {}", name);
    }
}
