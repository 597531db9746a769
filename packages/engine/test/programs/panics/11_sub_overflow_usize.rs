// Subtracting below zero on an unsigned type panics in debug.
fn steps_left(total: usize, done: usize) -> usize {
    total - done
}

fn main() {
    let total = 5;
    let progress = [1, 3, 5, 6];
    for done in progress {
        println!("done {} of {}", done, total);
        println!("left: {}", steps_left(total, done));
    }
}
