#[derive(Debug)]
struct User {
    username: String,
    email: String,
    active: bool,
}

fn main() {
    let user1 = User {
        username: String::from("someone123"),
        email: String::from("someone@example.com"),
        active: true,
    };
    let user2 = User {
        email: String::from("another@example.com"),
        ..user1
    };
    println!("{:?}", user2);
    println!("user1 was {}", user1.username);
}
