// Puzzle: the owner moved out, the seat is a u32. Can we print the ticket?
#[derive(Debug)]
struct Ticket {
    owner: String,
    seat: u32,
}

fn main() {
    let t = Ticket {
        owner: String::from("Grace"),
        seat: 14,
    };

    let owner = t.owner;
    println!("seat {} belongs to {}", t.seat, owner);

    // Print the whole ticket for the record.
    println!("{:?}", t);
}
