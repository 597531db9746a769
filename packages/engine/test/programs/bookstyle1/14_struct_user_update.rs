// Field init shorthand and struct update syntax.
#[derive(Debug)]
struct Account {
    active: bool,
    username: String,
    email: String,
    login_count: u64,
}

fn new_account(username: String, email: String) -> Account {
    Account {
        active: true,
        username,
        email,
        login_count: 1,
    }
}

fn main() {
    let mut first = new_account(String::from("river42"), String::from("river@example.com"));
    first.login_count += 3;
    println!("{} logged in {} times", first.username, first.login_count);

    // Only email is new; username moves from `first`.
    let second = Account {
        email: String::from("second@example.com"),
        ..first
    };
    println!("{:?}", second);
    // Copy fields of `first` are still readable.
    println!("first was active: {}, count {}", first.active, first.login_count);
    println!("first email still ours: {}", first.email);
}
