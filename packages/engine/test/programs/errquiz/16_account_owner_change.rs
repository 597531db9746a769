#[derive(Debug)]
struct Account {
    owner: String,
    iban: String,
}

fn main() {
    let mut acct = Account {
        owner: String::from("Grace Hopper"),
        iban: String::from("DE44 5001 0517 5407 3249 31"),
    };

    let previous_owner = &acct.owner;
    acct.owner = String::from("Grace B. Hopper");

    println!("Renamed {} -> {}", previous_owner, acct.owner);
    println!("{:?}", acct);
}
