struct User {
    name: String,
    nickname: Option<String>,
}

fn display_name(user: &User) -> &str {
    match &user.nickname {
        Some(nick) => nick,
        None => &user.name,
    }
}

fn greet(nick: &Option<String>) {
    match nick {
        Some(n) if n.is_empty() => println!("Hello, mysterious stranger"),
        Some(n) => println!("Hello, {} ({} chars)", n, n.len()),
        None => println!("Hello, whoever you are"),
    }
}

fn main() {
    let users = vec![
        User { name: String::from("Ferris"), nickname: Some(String::from("crab")) },
        User { name: String::from("Grace"), nickname: None },
        User { name: String::from("Linus"), nickname: Some(String::new()) },
    ];
    for u in &users {
        println!("{} -> {}", u.name, display_name(u));
        greet(&u.nickname);
    }
    // users still owns everything
    println!("{} users", users.len());
}
