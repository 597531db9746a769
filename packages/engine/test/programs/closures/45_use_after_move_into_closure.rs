fn main() {
    let username = String::from("ferris");

    let welcome = move || println!("Welcome back, {}!", username);
    welcome();

    println!("logged in as {}", username);
}
