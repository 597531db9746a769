use std::cell::Cell;

struct Seat {
    number: u32,
    booked: Cell<bool>,
}

fn book_first_free(seats: &[Seat]) -> Option<u32> {
    for s in seats {
        if !s.booked.get() {
            s.booked.set(true);
            return Some(s.number);
        }
    }
    None
}

fn main() {
    let seats: Vec<Seat> = (1..=3).map(|n| Seat { number: n, booked: Cell::new(false) }).collect();
    seats[1].booked.set(true);

    for _ in 0..3 {
        match book_first_free(&seats) {
            Some(n) => println!("booked seat {}", n),
            None => println!("sold out"),
        }
    }
    let taken: Vec<bool> = seats.iter().map(|s| s.booked.get()).collect();
    println!("{:?}", taken);
}
