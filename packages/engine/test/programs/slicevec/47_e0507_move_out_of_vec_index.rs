// Taking ownership of a Vec element by indexing.
#[derive(Debug)]
struct Ticket {
    id: u32,
    owner: String,
}

fn main() {
    let tickets = vec![
        Ticket { id: 1, owner: String::from("Kim") },
        Ticket { id: 2, owner: String::from("Raj") },
    ];

    let owner = tickets[0].owner;
    println!("ticket 1 belongs to {}", owner);
    println!("{:?}", tickets[1]);
}
