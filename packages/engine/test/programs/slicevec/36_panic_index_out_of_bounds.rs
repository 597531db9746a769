// Indexing past the end panics at run time.
fn main() {
    let weekdays = vec!["Mon", "Tue", "Wed", "Thu", "Fri"];
    println!("there are {} weekdays", weekdays.len());

    // Off-by-one: the loop runs one step too far.
    for i in 0..=weekdays.len() {
        println!("day {}: {}", i, weekdays[i]);
    }
    println!("never printed");
}
