// Rust Book ch. 5.1: build_user with field init shorthand.
#[derive(Debug)]
struct User {
    active: bool,
    username: String,
    email: String,
    sign_in_count: u64,
}

fn build_user(email: String, username: String) -> User {
    User {
        active: true,
        username,
        email,
        sign_in_count: 1,
    }
}

fn main() {
    let mut user1 = build_user(
        String::from("someone@example.com"),
        String::from("someusername123"),
    );
    user1.email = String::from("anotheremail@example.com");
    user1.sign_in_count += 1;

    println!("{} <{}>", user1.username, user1.email);
    println!("active: {}, sign-ins: {}", user1.active, user1.sign_in_count);
    println!("{:?}", user1);
}
