// Does shadowing drop the first value? Predict the output.
struct Ticket {
    seat: &'static str,
}

impl Drop for Ticket {
    fn drop(&mut self) {
        println!("ticket {} dropped", self.seat);
    }
}

fn main() {
    let t = Ticket { seat: "A1" };
    println!("first: {}", t.seat);
    let t = Ticket { seat: "B7" };
    println!("second: {}", t.seat);
    let t = 42;
    println!("third: {}", t);
}
