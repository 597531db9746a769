// A classic bug: subtracting from a usize that is too small.

fn remaining_seats(capacity: usize, booked: usize) -> usize {
    capacity - booked
}

fn main() {
    let flights = [("LH100", 180, 150), ("BA22", 120, 120), ("AF7", 90, 95)];
    for (code, capacity, booked) in flights {
        let left = remaining_seats(capacity, booked);
        println!("{}: {} seats left", code, left);
    }
    println!("all flights checked");
}
