// Moving a field out of `&self` leaves the struct half-empty,
// so the compiler refuses.
struct Ticket {
    holder: String,
    seat: u32,
}

impl Ticket {
    fn holder_name(&self) -> String {
        self.holder
    }
}

fn main() {
    let t = Ticket { holder: "Rosa".to_string(), seat: 14 };
    println!("{} in seat {}", t.holder_name(), t.seat);
}
