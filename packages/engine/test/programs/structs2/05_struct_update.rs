#[derive(Debug)]
struct User {
    active: bool,
    username: String,
    email: String,
    sign_in_count: u64,
}

fn main() {
    let user1 = User {
        active: true,
        username: String::from("ferris"),
        email: String::from("ferris@rust-lang.org"),
        sign_in_count: 7,
    };

    // only the email differs; the rest comes from user1
    let user2 = User {
        email: String::from("crab@rust-lang.org"),
        ..user1
    };

    // user1.username was moved, but the Copy fields and email are still usable
    println!("user1 email: {}", user1.email);
    println!("user1 active: {}, count: {}", user1.active, user1.sign_in_count);
    println!("user2: {:?}", user2);
}
