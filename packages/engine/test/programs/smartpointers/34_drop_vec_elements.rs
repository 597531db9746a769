struct Ticket {
    seat: u32,
}

impl Drop for Ticket {
    fn drop(&mut self) {
        println!("ticket for seat {} released", self.seat);
    }
}

fn main() {
    let mut tickets: Vec<Ticket> = (1..=5).map(|seat| Ticket { seat }).collect();
    println!("{} tickets issued", tickets.len());

    let removed = tickets.remove(1);
    println!("removed seat {}", removed.seat);

    tickets.truncate(2);
    println!("after truncate: {} left", tickets.len());

    let popped = tickets.pop();
    println!("popped {:?}", popped.as_ref().map(|t| t.seat));

    tickets.push(Ticket { seat: 99 });
    println!("end of main");
}
