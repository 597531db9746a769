// Puzzle: a `move` closure increments a counter. What does the outer counter say?
fn main() {
    let mut count = 0;

    let mut bump = move || {
        count += 1;
        count
    };

    println!("bump -> {}", bump());
    println!("bump -> {}", bump());
    println!("outer count = {}", count);

    count += 10;
    let inner = bump();
    println!("bump -> {}, outer count = {}", inner, count);
}
