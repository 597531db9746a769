// Lab 7, exercise 2: Option<&mut T> from get_mut.
// get_mut returns None for a bad index instead of panicking.

#[derive(Debug)]
struct Seat {
    row: char,
    taken: bool,
}

fn book(seats: &mut Vec<Seat>, index: usize) -> Result<(), String> {
    match seats.get_mut(index) {
        None => Err(format!("seat {} does not exist", index)),
        Some(seat) if seat.taken => Err(format!("seat {}{} already taken", seat.row, index)),
        Some(seat) => {
            seat.taken = true;
            Ok(())
        }
    }
}

fn main() {
    let mut seats: Vec<Seat> = "AABBC".chars().map(|row| Seat { row, taken: false }).collect();

    for idx in [1, 3, 1, 9] {
        match book(&mut seats, idx) {
            Ok(()) => println!("booked seat {}", idx),
            Err(e) => println!("error: {}", e),
        }
    }

    // first_mut / last_mut also give Option<&mut T>.
    if let Some(first) = seats.first_mut() {
        first.taken = true;
    }
    if let Some(last) = seats.last_mut() {
        last.row = 'Z';
    }

    // iter_mut().find gives an Option<&mut Seat> too.
    if let Some(free) = seats.iter_mut().find(|s| !s.taken) {
        println!("first free seat is in row {}", free.row);
        free.taken = true;
    }

    let taken: Vec<bool> = seats.iter().map(|s| s.taken).collect();
    println!("taken = {:?}", taken);
    println!("last = {:?}", seats.last());

    let mut grid = vec![vec![0u8; 3]; 2];
    if let Some(cell) = grid.get_mut(1).and_then(|row| row.get_mut(2)) {
        *cell = 9;
    }
    println!("grid = {:?}", grid);
    println!("out of range: {:?}", grid.get_mut(5).map(|r| r.len()));
}
