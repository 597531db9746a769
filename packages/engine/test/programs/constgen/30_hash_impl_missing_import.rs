use std::collections::HashSet;
use std::hash::Hash;

// Mistake: Hasher is used in the signature but never imported.
#[derive(Debug)]
struct Ticket {
    number: u32,
    seat: String,
}

impl PartialEq for Ticket {
    fn eq(&self, other: &Self) -> bool {
        self.number == other.number
    }
}

impl Eq for Ticket {}

impl Hash for Ticket {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.number.hash(state);
    }
}

fn main() {
    let mut sold = HashSet::new();
    sold.insert(Ticket { number: 12, seat: "A1".into() });
    sold.insert(Ticket { number: 12, seat: "B4".into() });
    println!("{} tickets sold", sold.len());
}
